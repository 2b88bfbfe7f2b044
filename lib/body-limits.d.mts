export declare const SERVER_ACTION_BODY_LIMIT: '9mb';
export declare const SERVER_ACTION_BODY_LIMIT_BYTES: number;
