/** A rule's name for people: "person-name" → "Person name". */
export const ruleTitle = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
