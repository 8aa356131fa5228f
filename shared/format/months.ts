// Month names for the fiscal-year setting and its hints (the app's text is English). Here
// rather than in the review feature so the first-run steps can use them without loading
// the Review view's code.
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
