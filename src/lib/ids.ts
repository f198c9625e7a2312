let counter = 0;
/** A unique element id within a build, for aria references between elements. */
export const uniqueId = (prefix: string) => `${prefix}-${++counter}`;
