/**
 * The probes of issue 15: a text that closes <title> and opens a script, and
 * one that breaks out of an attribute into an element with an event handler.
 */
export const INJECTION_PROBES = ['</title><script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
