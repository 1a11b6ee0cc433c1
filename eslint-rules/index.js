// The repository's own ESLint rules (eslint.config.js turns them on).
import oneUseCasePerFile from "./one-use-case-per-file.js";

export default { meta: { name: "local" }, rules: { "one-use-case-per-file": oneUseCasePerFile } };
