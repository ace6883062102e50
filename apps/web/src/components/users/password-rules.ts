/**
 * The password rules in words, for forms to show before anyone types. The server checks them
 * (passwordProblems in @wheelhouse/auth) and says which one a password breaks.
 */
export const PASSWORD_RULES = "At least 10 characters, more than three different ones, and not containing the username.";
