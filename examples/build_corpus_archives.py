"""Build the HTML, RSS, WARC and JSONL parts of the example corpus.

The article texts below are original writing by the newsevents team about
fictional events; they are free to use. Run from anywhere:

    python examples/build_corpus_archives.py

It (re)writes examples/corpus/html/*.html, examples/corpus/feeds/world.rss,
examples/corpus/warc/sample.warc.gz and examples/corpus/jsonl/articles.jsonl.
The output is deterministic (fixed WARC dates and record ids).
"""

from __future__ import annotations

import html
import io
import json
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CORPUS = Path(__file__).resolve().parent / "corpus"

HTML = [
    dict(
        slug="2025-10-07-vietnam-philippines-coast-guard",
        title="Vietnam and the Philippines sign coast guard cooperation deal",
        published="2025-10-07T09:30:00Z",
        url="https://example.org/asia/2025/10/07/vietnam-philippines-coast-guard",
        section="Asia",
        paras=[
            "HANOI, Vietnam — Vietnam and the Philippines signed an agreement on Tuesday to hold joint coast guard patrols and share information about incidents at sea, a step that is likely to irritate China.",
            "The memorandum was signed in Hanoi during a two-day visit by Philippine Foreign Secretary Maria Theresa Lazaro, who met Vietnamese Prime Minister Pham Minh Chinh and Foreign Minister Bui Thanh Son.",
            "“Our two nations have a common interest in keeping the South China Sea a sea of peace,” Lazaro said. “No country should use force to press its claims.”",
            "Under the deal, the two coast guards will set up a hotline and hold their first joint search-and-rescue exercise early next year, according to the Vietnamese foreign ministry.",
            "Bui Thanh Son said Vietnam would not take sides in disputes between other countries and called the agreement “purely defensive.”",
            "China's foreign ministry said on Tuesday it opposed any cooperation that “harms the interests of a third party.” Spokesperson Mao Ning told a regular briefing in Beijing that China's sovereignty over the Spratly Islands was “indisputable.”",
            "Vietnam and the Philippines both have overlapping claims with China in the waterway, through which trillions of dollars in trade passes every year. Chinese and Philippine vessels have collided several times this year.",
            "Two diplomats in Hanoi said the countries could also discuss joint fishing zones when Philippine President Ferdinand Marcos Jr. visits Vietnam in December.",
        ],
    ),
    dict(
        slug="2024-05-21-morocco-spain-migration-talks",
        title="Spain and Morocco agree to step up migration cooperation after Ceuta crossings",
        published="2024-05-21T14:05:00Z",
        url="https://example.com/europe/2024/05/21/morocco-spain-migration",
        section="Europe",
        paras=[
            "RABAT, Morocco — Spain and Morocco agreed on Monday to increase joint police patrols and return more irregular migrants, after hundreds of people tried to swim into the Spanish enclave of Ceuta last week.",
            "Spanish Interior Minister Fernando Grande-Marlaska met his Moroccan counterpart, Abdelouafi Laftit, in Rabat for talks that lasted about three hours.",
            "“Cooperation with Morocco is exemplary and it is the key to controlling our southern border,” Grande-Marlaska told reporters after the meeting.",
            "According to the Spanish interior ministry, the two sides will exchange liaison officers and meet every three months to review the situation. Spain also plans to finance new surveillance equipment for Moroccan border guards.",
            "Morocco's interior ministry said in a statement that the kingdom had prevented more than 30,000 attempts to cross into Spain since January.",
            "Human rights groups criticized the agreement. Amnesty International said Spain was “outsourcing” its border control and called on Madrid to make sure migrants were not sent back to countries where they could face abuse.",
            "Relations between the two countries improved in 2022 after Spain backed Morocco's autonomy plan for Western Sahara, a move that angered Algeria. Algiers has not returned its ambassador to Madrid to full duties since then, officials said.",
        ],
    ),
    dict(
        slug="2025-11-12-colombia-venezuela-border-arrests",
        title="Colombia protests after Venezuelan troops detain soldiers at border",
        published="2025-11-12T18:45:00Z",
        url="https://example.net/americas/2025/11/12/colombia-venezuela-border",
        section="Americas",
        paras=[
            "BOGOTA, Colombia (Wire) — Colombia sent a formal protest note to Venezuela on Wednesday after Venezuelan troops detained four Colombian soldiers near the border in the eastern department of Arauca.",
            "Colombian Defense Minister Pedro Sanchez said the soldiers had been on a patrol against drug trafficking when they were stopped on Monday and taken across the Arauca River.",
            "“We demand the immediate release of our soldiers,” Sanchez said. “They were on Colombian soil and they were carrying out their duties.”",
            "Venezuela's defense minister, Vladimir Padrino Lopez, said the soldiers had entered Venezuelan territory without permission and would be handed over “when the investigation is complete.” He accused Colombia of failing to control armed groups on its side of the border.",
            "Colombia denied that its troops had crossed the river. A senior Colombian military officer, who asked not to be named, said the soldiers were surrounded by about 30 Venezuelan troops.",
            "The incident comes as relations between the two neighbors are under strain. Bogota has not recognized the result of Venezuela's 2024 presidential election, and trade across the border has fallen this year.",
            "Colombian Foreign Minister Rosa Villavicencio said she would call her Venezuelan counterpart on Thursday. Brazil has offered to mediate, according to a Brazilian diplomat.",
        ],
    ),
    dict(
        slug="2024-02-27-saudi-iran-foreign-ministers",
        title="Saudi and Iranian foreign ministers meet in Riyadh, discuss Red Sea security",
        published="2024-02-27T11:00:00Z",
        url="https://example.org/middle-east/2024/02/27/saudi-iran-ministers-riyadh",
        section="Middle East",
        paras=[
            "RIYADH, Saudi Arabia — The foreign ministers of Saudi Arabia and Iran met in Riyadh on Monday and discussed attacks on shipping in the Red Sea, in the latest sign of the détente between the two regional rivals.",
            "Saudi Foreign Minister Prince Faisal bin Farhan and Iran's Hossein Amir-Abdollahian agreed to expand cooperation in trade, transport and security, according to a joint statement.",
            "“We want the Middle East to be a region of stability and prosperity, not conflict,” Prince Faisal said at a news conference.",
            "Amir-Abdollahian said Iran “does not seek a wider war” in the region but warned that the United States and Israel bore responsibility for the violence in Gaza. He denied that Tehran directs the attacks by Yemen's Houthi movement on merchant ships.",
            "The two countries restored diplomatic relations last year in a deal brokered by China, ending a seven-year rift. Embassies reopened in both capitals last summer.",
            "A Gulf official, speaking on condition of anonymity, said Riyadh had asked Tehran to use its influence with the Houthis to stop the attacks. Iran is expected to send a delegation to Jeddah next month to prepare a visit by President Ebrahim Raisi.",
        ],
    ),
]
RSS = [
    dict(
        title="Norway pledges emergency aid to Mozambique after cyclone",
        published="Tue, 15 Jul 2025 08:20:00 +0000",
        url="https://example.org/feeds/2025/07/15/norway-aid-mozambique",
        paras=[
            "OSLO — Norway will give 150 million kroner in emergency aid to Mozambique after a cyclone killed dozens of people and destroyed thousands of homes in the central province of Sofala, the Norwegian government said on Tuesday.",
            "“The people of Mozambique need clean water, shelter and food now, not in a month,” International Development Minister Asmund Aukrust said in a statement.",
            "The aid will be channeled through the World Food Programme and the Red Cross, the ministry said. Mozambique's government had asked donors for help on Saturday, two days after the storm made landfall near the port city of Beira.",
            "According to Mozambique's disaster management agency, more than 80,000 people have been displaced. Officials warned that the death toll could rise as rescue teams reach cut-off villages.",
            "Norway has been one of Mozambique's largest aid donors for decades. The European Union and South Africa have also sent relief supplies.",
        ],
    ),
    dict(
        title="Thousands protest in Tbilisi after government halts EU accession talks",
        published="Mon, 02 Dec 2024 21:10:00 +0000",
        url="https://example.org/feeds/2024/12/02/tbilisi-protests",
        paras=[
            "TBILISI, Georgia — Thousands of people protested outside parliament in Tbilisi for a fifth night on Sunday against the government's decision to suspend talks on joining the European Union until 2028.",
            "Police used water cannon and tear gas to disperse protesters, some of whom threw fireworks at officers. The interior ministry said 224 people had been detained since Thursday.",
            "Prime Minister Irakli Kobakhidze accused foreign-funded groups of trying to organize a revolution. “There will be no Maidan in Georgia,” he said.",
            "The European Union criticized the crackdown. EU foreign policy chief Kaja Kallas said the use of force against peaceful protesters was “unacceptable” and that the bloc would consider “options” in response, including sanctions.",
            "The United States said on Saturday it had suspended its strategic partnership with Georgia. Kobakhidze said the decision was “a temporary event” and that Tbilisi would wait for the new U.S. administration.",
        ],
    ),
    dict(
        title="Kazakhstan and China agree to build second gas pipeline",
        published="Thu, 04 Sep 2025 06:00:00 +0000",
        url="https://example.org/feeds/2025/09/04/kazakhstan-china-pipeline",
        paras=[
            "ASTANA, Kazakhstan — Kazakhstan and China signed an agreement on Wednesday to build a second natural gas pipeline between the two countries, during a visit to Beijing by Kazakh President Kassym-Jomart Tokayev.",
            "The pipeline, which is expected to cost about $3 billion, will carry up to 10 billion cubic meters of gas a year from western Kazakhstan to China's Xinjiang region, officials said.",
            "Chinese President Xi Jinping told Tokayev that China was ready to “deepen strategic cooperation” with Kazakhstan, according to China's foreign ministry.",
            "Tokayev said construction could begin in 2026. “Kazakhstan is a reliable partner, and China is our most important neighbor,” he said in Beijing.",
            "Russia, which also supplies gas to China, did not comment on the agreement.",
        ],
    ),
]
WARC = [
    dict(
        slug="israel-lebanon-strikes",
        title="Israel strikes southern Lebanon after rocket fire; Hezbollah vows retaliation",
        published="2024-08-06T07:15:00Z",
        url="https://example.com/middle-east/2024/08/06/israel-lebanon-strikes",
        paras=[
            "BEIRUT, Lebanon — Israeli warplanes struck several villages in southern Lebanon overnight, killing at least four people, Lebanon's health ministry said on Tuesday, after Hezbollah fired dozens of rockets at northern Israel.",
            "The Israeli military said it had hit Hezbollah weapons depots and a command post near the town of Nabatieh. It said the group had fired about 40 rockets toward the Galilee on Monday, causing fires but no injuries.",
            "Hezbollah said its attack was a response to an Israeli drone strike last week that killed two of its fighters. “The resistance will not leave any aggression without a response,” the group said in a statement.",
            "Lebanese caretaker Prime Minister Najib Mikati called on the United Nations Security Council to pressure Israel to stop its attacks. France and the United States have urged both sides to avoid a wider war.",
            "Israeli Defense Minister Yoav Gallant warned that Israel was “prepared for any scenario” on its northern border.",
        ],
    ),
    dict(
        slug="france-recalls-ambassador-algeria",
        title="France recalls ambassador from Algeria as expulsion row deepens",
        published="2025-04-15T16:40:00Z",
        url="https://example.com/europe/2025/04/15/france-algeria-ambassador",
        paras=[
            "PARIS — France on Tuesday recalled its ambassador to Algeria for consultations and said it would expel 12 Algerian diplomats, a day after Algiers ordered 12 French embassy staff to leave the country.",
            "French Foreign Minister Jean-Noel Barrot said the Algerian decision was “unjustified and incomprehensible” and that France had no choice but to respond in kind.",
            "Algeria expelled the French officials on Monday after French prosecutors charged an Algerian consular employee in connection with the kidnapping of an Algerian government critic near Paris last year. Algeria has denied any involvement and called the charges “fabricated.”",
            "“France wants dialogue, but dialogue is not possible when one side acts in this way,” Barrot told the broadcaster France Inter.",
            "The dispute comes only two weeks after Presidents Emmanuel Macron and Abdelmadjid Tebboune agreed in a phone call to restart cooperation on migration and security.",
        ],
    ),
    dict(
        slug="us-tariffs-canadian-lumber",
        title="US raises duties on Canadian softwood lumber; Ottawa vows to fight",
        published="2025-08-12T13:00:00Z",
        url="https://example.com/americas/2025/08/12/us-lumber-duties-canada",
        paras=[
            "OTTAWA (Wire) — The U.S. Commerce Department on Monday more than doubled anti-dumping duties on Canadian softwood lumber, to about 20%, reviving a trade dispute that has lasted four decades.",
            "Canada's trade minister, Dominic LeBlanc, said Ottawa would challenge the decision under the dispute settlement rules of the free trade agreement between the two countries.",
            "“These duties are unfair and unwarranted, and they hurt workers and families on both sides of the border,” LeBlanc said in a statement.",
            "The Commerce Department said Canadian producers were selling lumber in the United States below fair value. The U.S. Lumber Coalition, which represents American mills, welcomed the decision.",
            "Officials from British Columbia, Canada's largest lumber-producing province, said several mills could close by the end of the year. Talks on a new lumber agreement are expected to resume this fall, according to a Canadian official.",
        ],
    ),
]
JSONL = [
    dict(
        id="jsonl-2025-01-29-qatar-ethiopia-eritrea",
        title="Qatar hosts talks between Ethiopian and Eritrean officials",
        published="2025-01-29",
        url="https://example.net/africa/2025/01/29/qatar-ethiopia-eritrea-talks",
        paras=[
            "DOHA, Qatar — Senior officials from Ethiopia and Eritrea held their first direct talks in more than a year in Doha on Tuesday, in a meeting hosted by Qatar, according to two diplomats familiar with the discussions.",
            "The talks focused on rising tension along the border and on Ethiopia's demand for access to the Red Sea, which Eritrea has rejected as a threat to its sovereignty.",
            "“Ethiopia has no intention of going to war with anyone,” Ethiopian Prime Minister Abiy Ahmed told parliament last week, but he repeated that access to the sea was an “existential” issue for his landlocked country.",
            "Eritrea's information minister, Yemane Gebremeskel, said Asmara would “never negotiate” over its territory. He did not confirm that the meeting had taken place.",
            "Qatar's foreign ministry said in a statement that it would continue its efforts to “support dialogue” between the two countries. A second meeting could take place next month, one of the diplomats said.",
        ],
    ),
    dict(
        id="jsonl-2024-01-18-argentina-uk-falklands",
        title="Argentina asks Britain to reopen talks on Falklands sovereignty",
        published="2024-01-18",
        url="https://example.net/americas/2024/01/18/argentina-uk-falklands",
        paras=[
            "BUENOS AIRES, Argentina — Argentina's new government on Wednesday called on Britain to reopen negotiations over the sovereignty of the Falkland Islands, which Argentina calls the Malvinas.",
            "Foreign Minister Diana Mondino said she had raised the issue with British Foreign Secretary David Cameron during a meeting on the sidelines of the World Economic Forum in Davos.",
            "“We will pursue our claim through diplomacy, always,” Mondino said in a radio interview. She said the two sides had also discussed cooperation on trade and science.",
            "A British Foreign Office spokesperson said the UK had “no doubt” about its sovereignty over the islands and that the islanders' right to self-determination was not up for discussion.",
            "Cameron is expected to visit the islands next month, according to British media reports. Argentina and Britain fought a 74-day war over the islands in 1982.",
        ],
    ),
    dict(
        id="jsonl-2025-10-23-rwanda-drc-accusations",
        title="Congo accuses Rwanda of sending troops to back M23 rebels; Kigali denies",
        published="2025-10-23",
        url="https://example.net/africa/2025/10/23/drc-rwanda-accusations",
        paras=[
            "KINSHASA, Democratic Republic of Congo — Congo's government accused Rwanda on Thursday of sending hundreds of soldiers across the border to support M23 rebels in North Kivu province, in violation of a peace agreement signed in Washington in June.",
            "Government spokesman Patrick Muyaya said Rwandan troops had helped the rebels seize two villages north of Goma this week. “Rwanda is not respecting its commitments,” he said.",
            "Rwanda denied the accusation. Government spokeswoman Yolande Makolo said Kigali had “no troops fighting in Congo” and accused Kinshasa of cooperating with the FDLR, a militia founded by Hutu extremists.",
            "The United States and Qatar, which brokered separate agreements between the parties, urged both sides to respect the ceasefire. A U.S. State Department official said Washington was “deeply concerned” by the reports.",
            "According to United Nations experts, Rwanda had between 3,000 and 4,000 troops in eastern Congo earlier this year. The fighting has displaced hundreds of thousands of people.",
        ],
    ),
]

EXTRA = {
    "Saudi and Iranian foreign ministers meet in Riyadh, discuss Red Sea security": [
        "Saudi Arabia has not joined a U.S.-led naval coalition that patrols the Red Sea, and officials in Riyadh have said they want to protect the kingdom's truce with the Houthis in Yemen.",
    ],
    "Norway pledges emergency aid to Mozambique after cyclone": [
        "Aukrust said Norway was also prepared to help rebuild schools and health clinics once the emergency phase was over. “We will stay for the long term,” he said.",
        "Mozambique's President Daniel Chapo thanked donors on Monday and said his government would publish a detailed list of needs this week. He appealed to neighboring countries to open their airports to relief flights.",
        "Aid groups said heavy rain was expected to continue over the next few days, which could cut off more roads in Sofala and the neighboring province of Manica.",
    ],
    "Thousands protest in Tbilisi after government halts EU accession talks": [
        "President Salome Zourabichvili, a critic of the ruling Georgian Dream party, joined the protesters on Saturday and said she would not leave office when her term ends this month. “I remain your president,” she told the crowd.",
        "Georgian Dream, which won a parliamentary election in October that the opposition says was rigged, denies that it wants to move the country closer to Russia. The Kremlin said on Monday that it was not involved in the protests and accused the West of trying to stir up unrest.",
        "Opposition leaders have called for another rally on Tuesday evening in central Tbilisi.",
    ],
    "Kazakhstan and China agree to build second gas pipeline": [
        "The two leaders also agreed to expand rail links through the Khorgos border crossing and to increase the number of flights between the two countries, the Kazakh presidency said in a statement.",
        "China is Kazakhstan's largest trading partner, and trade between the two countries reached about $44 billion last year, according to Chinese customs data.",
        "Analysts said the new pipeline would make Kazakhstan less dependent on Russian infrastructure to export its gas. Some Kazakh lawmakers have warned that the country could become too reliant on Chinese loans.",
        "Tokayev is due to return to Astana on Friday after meeting Chinese Premier Li Qiang.",
    ],
    "Israel strikes southern Lebanon after rocket fire; Hezbollah vows retaliation": [
        "Thousands of people have fled villages on both sides of the border since October, when Hezbollah began firing at Israeli positions in support of its ally Hamas.",
        "A senior Lebanese official, who spoke on condition of anonymity, said U.S. envoy Amos Hochstein was expected to return to Beirut next week to discuss a plan to pull Hezbollah fighters back from the border. Israel has said it will not accept a return to the situation before the war.",
    ],
    "France recalls ambassador from Algeria as expulsion row deepens": [
        "Algeria's foreign ministry said in a statement that France bore “full responsibility” for the deterioration of relations and warned that it would respond to any new “provocation.”",
        "The two countries have been at odds since last summer, when Macron backed Morocco's autonomy plan for Western Sahara. Algeria withdrew its ambassador from Paris in protest and has not sent him back.",
        "French officials have also accused Algeria of refusing to take back its citizens who are ordered to leave France. Interior Minister Bruno Retailleau said last month that France could suspend a 1968 agreement that gives Algerians special rights to live and work in the country.",
    ],
    "US raises duties on Canadian softwood lumber; Ottawa vows to fight": [
        "The duties come on top of countervailing duties that the United States already imposes on Canadian lumber, which it says is subsidized by provincial governments through low fees for logging on public land. Canada denies that the fees amount to a subsidy.",
        "Prime Minister Mark Carney said on Monday that Canada would “defend our industry” and that his government was preparing support measures for affected companies, including loan guarantees.",
        "The lumber dispute adds to broader trade tension between the two countries after Washington imposed tariffs on Canadian steel and aluminum earlier this year.",
    ],
    "Qatar hosts talks between Ethiopian and Eritrean officials": [
        "Relations between the neighbors warmed in 2018, when Abiy and Eritrean President Isaias Afwerki signed a peace deal that ended a long state of war. But ties have cooled since the end of the war in Ethiopia's Tigray region in 2022.",
        "Diplomats said both countries had moved troops closer to the border in recent months. Eritrea has denied reports that it is mobilizing reservists.",
        "The African Union and the United Nations have called on both governments to avoid any steps that could lead to a new conflict in the Horn of Africa.",
    ],
    "Argentina asks Britain to reopen talks on Falklands sovereignty": [
        "Argentine President Javier Milei, who took office in December, has said he wants to recover the islands through diplomacy and has praised former British Prime Minister Margaret Thatcher, comments that angered some veterans of the war.",
        "The Falklands government said in a statement that islanders had voted overwhelmingly to remain British in a 2013 referendum and that “nothing has changed.”",
        "Mondino said Argentina would raise the issue again at the United Nations decolonization committee in June.",
    ],
    "Congo accuses Rwanda of sending troops to back M23 rebels; Kigali denies": [
        "Congolese President Felix Tshisekedi is expected to travel to Doha next week for talks with Qatari mediators, his office said. Kinshasa has called on the U.N. Security Council to impose sanctions on Rwandan military commanders.",
        "M23 fighters captured Goma, the largest city in eastern Congo, in January and later took the city of Bukavu. The rebels say they are protecting the rights of Congolese Tutsis.",
    ],
}
for _group in (HTML, RSS, WARC, JSONL):
    for _art in _group:
        _art["paras"] = _art["paras"] + EXTRA.get(_art["title"], [])


def render_page(art: dict, published: str, site: str = "Example World News") -> str:
    """A news page with the usual clutter around the <article>."""
    paras = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in art["paras"])
    title = html.escape(art["title"], quote=False)
    section = art.get("section", "World")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{html.escape(art["title"])}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{art["url"]}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{section}">
  <link rel="canonical" href="{art["url"]}">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{section}"}});</script>
  <script async src="/static/ads.js"></script>
</head>
<body>
  <nav class="top-nav">
    <a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
    <a href="/politics">Politics</a> <a href="/subscribe">Subscribe</a>
  </nav>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="byline">By Staff Reporters · <time datetime="{published}">{published[:10]}</time></div>
{paras}
    </article>
    <aside class="related">
      <h2>More from {section}</h2>
      <ul><li><a href="/world/markets">Markets close higher</a></li><li><a href="/sport">Weekend results</a></li></ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2025 {site}. All rights reserved.</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>
  </footer>
  <script>document.querySelectorAll("a").forEach(function (a) {{ a.rel = "noopener"; }});</script>
</body>
</html>
"""


def build_html() -> None:
    out = CORPUS / "html"
    out.mkdir(parents=True, exist_ok=True)
    for art in HTML:
        (out / f"{art['slug']}.html").write_text(render_page(art, art["published"]), encoding="utf-8")


def build_rss() -> None:
    items = []
    for art in RSS:
        body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in art["paras"])
        items.append(f"""    <item>
      <title>{html.escape(art["title"], quote=False)}</title>
      <link>{art["url"]}</link>
      <guid isPermaLink="true">{art["url"]}</guid>
      <pubDate>{art["published"]}</pubDate>
      <description>{html.escape(art["paras"][0], quote=False)}</description>
      <content:encoded><![CDATA[{body}]]></content:encoded>
    </item>""")
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example World News: World</title>
    <link>https://example.org/feeds/world</link>
    <description>Original example articles about fictional events, written for newsevents.</description>
    <language>en</language>
{chr(10).join(items)}
  </channel>
</rss>
"""
    out = CORPUS / "feeds"
    out.mkdir(parents=True, exist_ok=True)
    (out / "world.rss").write_text(feed, encoding="utf-8")


def build_warc() -> None:
    out = CORPUS / "warc"
    out.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for art in WARC:
        page = render_page(art, art["published"]).encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))],
            protocol="HTTP/1.1",
        )
        record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, art['url'])}>"
        record = writer.create_warc_record(
            art["url"],
            "response",
            payload=io.BytesIO(page),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": art["published"], "WARC-Record-ID": record_id},
        )
        writer.write_record(record)
    (out / "sample.warc.gz").write_bytes(buf.getvalue())


def build_jsonl() -> None:
    out = CORPUS / "jsonl"
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for art in JSONL:
        row = {
            "id": art["id"],
            "title": art["title"],
            "published": art["published"],
            "url": art["url"],
            "text": "\n\n".join(art["paras"]),
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    (out / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    build_html()
    build_rss()
    build_warc()
    build_jsonl()


if __name__ == "__main__":
    main()
