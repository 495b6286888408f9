import type { Messages } from "./messages-type";
import type { routing } from "./routing";

// Typed keys: `t("timeline.nope")` and `useTranslations("nope")` fail to compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
