import { ImageResponse } from "next/og";
import { StatementPreviewCard } from "@/components/statement/StatementPreviewCard";
import { getPublishedStatement } from "@/lib/statements/permalink";

export const alt = "A statement from the NATO–China Tracker: the quote, who said it and when";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The link-preview card, drawn with next/og's bundled font: the network is closed to fonts. */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const statement = await getPublishedStatement((await params).slug);
  return new ImageResponse(<StatementPreviewCard statement={statement} />, size);
}
