import type { DocumentType, PublicationStatus, SourceKind, VerificationStatus } from "../generated/sqlite/enums";

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  COMMUNIQUE: "Communiqué",
  DECLARATION: "Declaration",
  STRATEGIC_CONCEPT: "Strategic Concept",
  SPEECH: "Speech",
  PRESS_CONFERENCE: "Press conference",
  DOORSTEP: "Doorstep",
  INTERVIEW: "Interview",
  NEWS_RELEASE: "News release",
  PRESS_ARTICLE: "Press article",
};

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  VERIFIED_OFFICIAL: "Verified (official text)",
  VERIFIED_REPRINT: "Verified (full reprint)",
  SECONDARY: "Secondary source",
  UNVERIFIED: "Unverified",
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  OFFICIAL_NATO: "Official NATO",
  GOVERNMENT: "Government",
  PRESS: "Press",
  STATE_AFFILIATED_MEDIA: "State-affiliated media",
};

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};
