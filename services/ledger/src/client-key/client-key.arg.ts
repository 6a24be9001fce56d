/** The `clientKey` argument every write takes. */
export const clientKeyArg = { nullable: true, description: '客户端请求键：重试时原样带上，同一键只办理一次' } as const;
