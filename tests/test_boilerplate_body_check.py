"""Rules added for issue #13 match no body line of the labelled files and no GSD sentence.

Every new rule is run against every ``body`` line of both dev files and every sentence of
the UD French GSD treebank (``# text = `` lines); a match is a rule that would take body
text. Skips when ``../shared`` (or ``$FEUILLET_SHARED``) is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feuillet import Rules

NEW_RULES = (
    "recirc.interest-heading",
    "nav.weather",
    "nav.edition.2",
    "byline.correspondent.2",
    "byline.report",
    "nav.player.5",
    "cookie.choices",
    "paywall.free",
    "paywall.login.2",
    "nav.search",
    "nav.edit",
    "social.rating.2",
    "source.partner",
    "app.follow",
    "ad.offer",
    "ad.cars",
    "social.count",
    "recirc.more-infos",
    "date.dateline.2",
    "newsletter.pitch.3",
    "ad.quote",
    "newsletter.field.4",
    "paywall.meter.2",
    "appeal.tips.2",
    "source.opinion.2",
    "appeal.support.3",
    "nav.live.2",
    "source.press-copy",
    "ad.jobs",
    "source.kiosk",
    "recirc.same-topic",
    "newsletter.pitch.2",
    "paywall.click",
    "date.today",
    "nav.player.4",
    "nav.station.2",
    "source.publisher",
    "recirc.may-interest",
    "appeal.question",
    "source.independence",
    "paywall.professional",
    "source.sponsored",
    "appeal.contest",
    "appeal.membership",
    "appeal.opinion",
    "recirc.issue",
    "social.rating",
    "social.embed.2",
    "source.indicative",
    "source.distribution",
    "nav.issue",
    "nav.podcast",
    "nav.podcast.2",
    "nav.live",
    "nav.interface.2",
    "nav.schedule",
    "byline.presenter",
    "appeal.events",
    "recirc.quiz",
    "credit.capture",
    "appeal.tips",
    "source.opinion",
    "credit.report",
    "ad.simulator",
    "byline.par-role",
    "byline.live",
    "ad.shop",
    "credit.production",
    "ad.best-price",
    "date.by",
    "date.bare",
    "source.affiliate",
    "byline.bio.3",
    "social.pin",
    "app.download",
    "date.placeline.2",
    "nav.player.3",
    "ad.space",
    "recirc.previous",
    "account.social",
    "paywall.help",
    "paywall.device",
    "byline.roles",
    "source.data",
    "source.funding",
    "nav.language",
    "nav.edition",
    "newsletter.receive",
    "source.disclaimer.2",
    "ad.widget",
    "ad.gambling",
    "byline.role",
    "agency.signed",
    "source.cite.2",
    "comments.entry",
    "comments.said",
    "paywall.unlimited",
    "credit.label",
    "copyright.reserved",
    "source.about",
    "nav.interface",
    "social.feedback",
    "recirc.buy",
    "byline.label",
    "date.numeric",
    "byline.bio",
    "note.update",
    "nav.crumb-short",
    "source.factcheck",
    "paywall.offer",
    "source.disclaimer",
    "newsletter.field",
    "source.label",
    "agency.bare",
    "agency.dispatch",
    "readtime.label",
    "date.edition",
    "social.download",
    "recirc.marker",
    "source.team",
    "date.placeline",
    "nav.gallery",
    "nav.powered",
    "nav.ticker",
    "date.stamp",
    "appeal.tips",
    "appeal.readers",
    "newsletter.letter",
    "source.invitation",
    "comments.rating",
    "nav.player.2",
    "appeal.join",
    "recirc.interest",
    "agency.partnership",
    "newsletter.privacy",
    "source.cite",
    "appeal.independent",
    "recirc.follow-topic",
    "byline.role-paren",
    "date.published",
    "byline.initials",
    "byline.reviewed",
    "byline.par-redaction",
    "source.about.2",
    "appeal.donate",
    "byline.bio.2",
    "agency.with.2",
    "appeal.factcheck",
    "ad.alcohol",
    "copyright.legal",
    "newsletter.receive.2",
    "nav.button.2",
    "source.release",
    "nav.download",
    "appeal.petition",
    "newsletter.pitch",
    "agency.acronym",
    "comments.subscribers",
    "nav.station",
    "source.press-contact",
    "source.interests",
    "source.lji",
    "social.like",
    "social.click-share",
    "social.channel",
    "newsletter.form",
    "recirc.heading.2",
    "newsletter.inbox",
    "credit.caption-date",
    "byline.heading",
    "comments.count",
    "credit.cc",
    "newsletter.contact",
    "date.byline",
    "recirc.media-link",
    "credit.suffix",
    "social.ui",
    "recirc.heading.3",
    "recirc.marker.2",
    "comments.form",
    "nav.here",
    "readtime.duration",
    "date.dateline",
    "agency.with",
    "comments.form.2",
    "source.edited",
    "byline.agency",
    "social.share.2",
    "credit.photo-by",
    "tags.match-sheet",
    "appeal.donate.2",
    "comments.thread",
    "account.topics",
    "recirc.box",
    "recirc.more",
    "credit.caption-lead",
    "cookie.consent",
    "app.store",
    "newsletter.join",
    "newsletter.thanks",
    "recirc.more-heading",
    "tags.heading",
    "comments.widget",
    "byline.par",
    "social.follow",
    "cookie.banner",
)


def _body_lines(shared: Path) -> list[str]:
    lines: list[str] = []
    for name in ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl"):
        path = shared / "corpus" / name
        if not path.exists():
            pytest.skip(f"{name} is not available")
        with path.open(encoding="utf-8") as handle:
            for raw in handle:
                if raw.strip():
                    record = json.loads(raw)
                    text_lines = str(record["text"]).split("\n")
                    lines += [
                        line
                        for line, label in zip(text_lines, record["labels"], strict=True)
                        if label == "body"
                    ]
    for name in ("fr_gsd-ud-dev.conllu", "fr_gsd-ud-test.conllu"):
        path = shared / "corpus" / "ud-fr-gsd" / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                lines += [line[9:].strip() for line in handle if line.startswith("# text = ")]
    return lines


@pytest.mark.slow
def test_new_rules_match_no_body_line(shared: Path) -> None:
    lines = _body_lines(shared)
    assert len(lines) > 2000
    rules = {rule.id: rule for rule in Rules.default()}
    matched = {
        rule_id: [line for line in lines if rules[rule_id].matches(line)][:3]
        for rule_id in NEW_RULES
    }
    assert {rule_id: hits for rule_id, hits in matched.items() if hits} == {}
