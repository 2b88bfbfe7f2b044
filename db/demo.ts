// TEMPORARY during bootstrap: replaced by the demo-content work.
export function seedDemoContentIfEmpty(): void {}
