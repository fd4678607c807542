/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
export const NETWORK_AUDIT_KINDS = [] as const;
