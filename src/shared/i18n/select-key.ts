/** An id such as 'ended-early' as an ICU select key ('endedEarly'): the message format allows no hyphen there. */
export const selectKey = (id: string): string => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
