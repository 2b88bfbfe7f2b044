// Side effect only: see peer-address.cjs.
export {};
