// Prettier: the Office add-in house settings, with a wider line for tables of test cases.
module.exports = { ...require("office-addin-prettier-config"), printWidth: 120 };
