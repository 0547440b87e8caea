// Video embeds: a YouTube or Vimeo address (or a pasted <iframe> code) becomes the only two iframe sources
// content.ArticleBody keeps; anything else is refused with a message.

// The same pattern as ArticleBody.EMBED: what the sanitizer keeps.
const ALLOWED = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[A-Za-z0-9_?=&.-]+$/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,}$/;

export const REFUSED = "Only YouTube and Vimeo videos can be embedded. Paste the address of a video on youtube.com or vimeo.com.";

/** {src, provider} for an address or embed code of a YouTube or Vimeo video; {error} otherwise. */
export function embedSource(input) {
  const text = String(input || "").trim();
  const code = /<iframe[^>]*\ssrc\s*=\s*["']([^"']+)["']/i.exec(text);
  const address = code ? code[1].replace(/&amp;/g, "&") : text;
  let src = ALLOWED.test(address) ? address : null; // already an allowed source: kept as it is
  if (!src) {
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(address) ? address : "https://" + address);
      src = youtube(url) || vimeo(url);
    } catch (e) {
      src = null;
    }
  }
  return src && ALLOWED.test(src) ? { src, provider: src.includes("vimeo") ? "Vimeo" : "YouTube" } : { error: REFUSED };
}

function youtube(url) {
  const host = url.hostname.replace(/^(www|m)\./, "");
  const path = url.pathname.split("/").filter(Boolean);
  let id = null;
  if (host === "youtu.be") id = path[0];
  else if (host === "youtube.com" && path[0] === "watch") id = url.searchParams.get("v");
  else if ((host === "youtube.com" || host === "youtube-nocookie.com") && ["embed", "shorts", "live"].includes(path[0])) id = path[1];
  return id && YOUTUBE_ID.test(id) ? "https://www.youtube-nocookie.com/embed/" + id : null;
}

function vimeo(url) {
  const host = url.hostname.replace(/^www\./, "");
  const path = url.pathname.split("/").filter(Boolean);
  let id = null;
  let hash = url.searchParams.get("h");
  if (host === "player.vimeo.com" && path[0] === "video") id = path[1];
  else if (host === "vimeo.com") {
    const at = path.findIndex((p) => /^[0-9]+$/.test(p));
    if (at >= 0) {
      id = path[at];
      hash = hash || (/^[0-9a-f]+$/.test(path[at + 1] || "") ? path[at + 1] : null); // unlisted: vimeo.com/ID/HASH
    }
  }
  if (!id || !/^[0-9]+$/.test(id)) return null;
  return "https://player.vimeo.com/video/" + id + (hash && /^[0-9a-f]+$/.test(hash) ? "?h=" + hash : "");
}
