/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
export const APIGATEWAY_KINDS = [] as const;
