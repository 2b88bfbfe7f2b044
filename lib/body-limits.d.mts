export declare const SERVER_ACTION_BODY_LIMIT: '9mb';
export declare const SERVER_ACTION_BODY_LIMIT_BYTES: number;
export declare const IMAGE_TOO_LARGE: 'Images must be 8 MB or smaller';
export declare function isOversizedAction(
  method: string | undefined,
  headers: Headers | Record<string, string | string[] | undefined>,
): boolean;
