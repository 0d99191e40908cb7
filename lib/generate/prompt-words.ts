// A prompt has to say something in words: emoji, digits or a bare link are not a description.
// Shared by the request schema and the New site form (which says so before sending anything).
export function hasWords(prompt: string): boolean {
  const text = prompt.replace(/https?:\/\/\S+|www\.\S+/gi, ' ');
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= 1 && (text.match(/\p{L}/gu) ?? []).length >= 3;
}
