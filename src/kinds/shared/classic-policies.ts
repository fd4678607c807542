/** What the Classic Load Balancer policy kinds share. */

/** One policy attribute (`Reference-Security-Policy`, `Protocol-TLSv1.2`...). */
export interface PolicyAttributeProps {
  name?: string;
  /** Text, or a boolean for the `Protocol-*` and cipher switches. */
  value?: string | boolean;
}
