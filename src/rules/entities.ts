// Capitalised words that are never entity names by themselves: calendar words (the dates stage
// owns them) and words that head numbered or dated things ("Chapter 11", "Black Monday").
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'today yesterday tomorrow tonight chapter article section page figure table'
  ).split(' '),
);
