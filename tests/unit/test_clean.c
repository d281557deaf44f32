/*
 * Unit tests of article cleaning (src/lib/text/clean*.c, dateline.c):
 * leading metadata, titles, each kind of debris and the sentences that only
 * look like debris, captions sharing a line with text, datelines,
 * paragraphs and line breaks, the lexicon's layout, allocation failure.
 * Texts are fictional wire copy in the shapes scrapes really take.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parallax/parallax.h"
#include "test_alloc.h"

/* ------------------------------------------------------------- helpers */

static struct px_clean_result R;

static void
clean_flags(const char *text, unsigned flags)
{
	px_clean_result_release(&R);
	assert_int_equal(px_text_clean(text, strlen(text), flags, &R), PX_OK);
	assert_non_null(R.body);
	assert_int_equal(strlen(R.body), R.body_len);
}

static void
clean(const char *text)
{
	clean_flags(text, PX_CLEAN_ALL);
}

/* The kind of the removal whose text is exactly t, or NULL. */
static const char *
removed_kind(const char *t)
{
	size_t i = 0;

	for (i = 0; i < R.n_removed; i++) {
		if (strcmp(R.removed[i].text, t) == 0)
			return R.removed[i].kind;
	}
	return NULL;
}

/* A line that must be removed whole with the given kind. */
static void
assert_debris(const char *line, const char *kind)
{
	char text[2048];

	snprintf(text, sizeof text,
		 "The union said talks had failed.\n\n%s\n\nFerries stayed in port on Wednesday.\n",
		 line);
	clean_flags(text, PX_CLEAN_DEBRIS);
	if (removed_kind(line) == NULL || strcmp(removed_kind(line), kind) != 0)
		fail_msg("line \"%s\": kind %s, expected %s (body: %s)", line,
			 removed_kind(line) ? removed_kind(line) : "none", kind, R.body);
	assert_string_equal(R.body,
			    "The union said talks had failed.\n\nFerries stayed in port on Wednesday.");
	assert_string_equal(px_clean_debris_kind(line, strlen(line)), kind);
}

/* A line that looks like debris to a careless reader but is text. */
static void
assert_text(const char *line)
{
	char text[2048];

	snprintf(text, sizeof text, "The union said talks had failed.\n\n%s\n", line);
	clean_flags(text, PX_CLEAN_DEBRIS);
	if (R.n_removed != 0)
		fail_msg("line \"%s\" removed as %s: \"%s\"", line, R.removed[0].kind,
			 R.removed[0].text);
	assert_non_null(strstr(R.body, line));
	assert_null(px_clean_debris_kind(line, strlen(line)));
}

/* --------------------------------------------------------------- tests */

static void
test_raw_is_identity(void **state)
{
	static const char in[] = " date 2023-11-14 Photo: x\r\n\n\nAdvertisement  \n";

	(void)state;
	clean_flags(in, 0);
	assert_int_equal(R.body_len, sizeof in - 1);
	assert_memory_equal(R.body, in, sizeof in - 1);
	assert_null(R.title);
	assert_int_equal(R.n_removed, 0);
	clean_flags("", 0);
	assert_int_equal(R.body_len, 0);
	clean_flags("", PX_CLEAN_ALL);
	assert_int_equal(R.body_len, 0);
	assert_null(R.title);
}

static void
test_metadata_lines(void **state)
{
	(void)state;
	clean("Title: Ferry crews strike across Norland\n"
	      "SOURCE: Nordwire\n"
	      "date: 2023-11-14\n"
	      "url: https://nordwire.example/a\n"
	      "By: Ana Lind\n"
	      "tags: ferry, strike\n"
	      "\n"
	      "PORT HALDEN, Norland (Nordwire) - More than 500 crew members walked out.\n");
	assert_string_equal(R.title, "Ferry crews strike across Norland");
	assert_int_equal(R.title_len, strlen(R.title));
	assert_string_equal(R.source, "Nordwire");
	assert_string_equal(R.date, "2023-11-14");
	assert_string_equal(R.url, "https://nordwire.example/a");
	assert_string_equal(R.author, "Ana Lind");
	assert_int_equal(R.n_removed, 6);
	assert_string_equal(R.removed[0].kind, "metadata");
	assert_string_equal(R.removed[0].text, "Title: Ferry crews strike across Norland");
	assert_string_equal(R.removed[5].text, "tags: ferry, strike");
	assert_string_equal(R.body,
			    "PORT HALDEN, Norland (Nordwire) - More than 500 crew members walked out.");
}

/* A photo's caption leaked above the headline, its credit under it: both
 * go as captions and the headline under them is the title. A lead
 * sentence with a credit under it and text after it stays. */
static void
test_caption_above_headline(void **state)
{
	(void)state;
	clean("Volunteers gather outside the Tidewater Radio studio on Quay Street on Tuesday afternoon.\n"
	      "Photo: Mairead Tolland / Carrow Gazette\n"
	      "Tidewater Radio taken off FM after 'Late Line' broadcast\n"
	      "By Sian Trevaskis, Community Affairs Reporter\n"
	      "Wednesday 12 February 2025\n"
	      "\n"
	      "Port Carrow's community station has been handed a 28-day suspension.\n");
	assert_non_null(R.title);
	assert_string_equal(R.title, "Tidewater Radio taken off FM after 'Late Line' broadcast");
	assert_non_null(R.date);
	assert_string_equal(R.body, "Port Carrow's community station has been handed a 28-day suspension.");
	assert_non_null(removed_kind("Volunteers gather outside the Tidewater Radio studio on Quay Street on "
				     "Tuesday afternoon."));
	assert_string_equal(removed_kind("Volunteers gather outside the Tidewater Radio studio on Quay "
					 "Street on Tuesday afternoon."),
			    "caption");
	/* the credit in brackets at the caption's end, a second credit
	 * with a rights notice under it, and under the body a block of
	 * share, sign-up and related lines with no blank between them */
	clean("Rowers of Tessford carry their boat up the slipway after the final. (Picture: Jo Marsh)\n"
	      "Image: Wyncaster Mercury / Jo Marsh - all rights reserved\n"
	      "Tessford set course record at Wyncaster regatta\n"
	      "\n"
	      "Tessford Rowing Club broke the course record on Saturday.\n"
	      "\n"
	      "Share this story: Facebook | X | WhatsApp | Email\n"
	      "Get the Mercury Daily newsletter - the best local news in your inbox every morning. Sign up here\n"
	      "Related: Regatta adds a third day next year\n"
	      "Related: Footbridge reopens after barge strike\n");
	assert_non_null(R.title);
	assert_string_equal(R.title, "Tessford set course record at Wyncaster regatta");
	assert_string_equal(R.body, "Tessford Rowing Club broke the course record on Saturday.");
	assert_string_equal(removed_kind("Rowers of Tessford carry their boat up the slipway after the "
					 "final. (Picture: Jo Marsh)"),
			    "caption");
	assert_string_equal(removed_kind("Image: Wyncaster Mercury / Jo Marsh - all rights reserved"),
			    "credit");
	assert_string_equal(removed_kind("Related: Footbridge reopens after barge strike"), "related");
	clean("The union said talks had failed late on Tuesday in Vessby.\n"
	      "Photo: Ana Lind/Nordwire\n"
	      "Ferries stayed in port on Wednesday as the strike went on.\n");
	assert_string_equal(R.body, "The union said talks had failed late on Tuesday in Vessby.\n\n"
				    "Ferries stayed in port on Wednesday as the strike went on.");
}

/* A scraped header between the headline and the body: the outlet on a
 * line of its own, a photo caption above its credit, the author, a date
 * line, share buttons; a line of parts split by bars. The date, source and
 * title are read, the lines leave the body. */
static void
test_scraped_header(void **state)
{
	(void)state;
	clean("Third miner's body recovered as questions mount over Bellbird Creek\n"
	      "Rescue vehicles line the access road to the mine on Tuesday afternoon.\n"
	      "Picture: Jess Harlow / Goldfields Courier\n"
	      "Tom Vidovic\n"
	      "Updated March 12, 2025 - 11.05am\n"
	      "Share on Facebook | Share on X | Email this story\n"
	      "\n"
	      "MERRIGAL - The death toll from Tuesday's collapse rose to three on Wednesday.\n");
	assert_string_equal(R.title, "Third miner's body recovered as questions mount over Bellbird Creek");
	assert_non_null(R.date);
	assert_string_equal(R.date, "Updated March 12, 2025 - 11.05am");
	assert_string_equal(R.author, "Tom Vidovic");
	assert_string_equal(R.body,
			    "MERRIGAL - The death toll from Tuesday's collapse rose to three on Wednesday.");
	clean("Tesarik to axe 1,150 posts as EV slowdown bites\n"
	      "Autoline Europe | Suppliers | 28 Feb 2025\n"
	      "\n"
	      "Czech supplier Tesarik Components will eliminate 1,150 positions.\n");
	assert_string_equal(R.source, "Autoline Europe");
	assert_string_equal(R.date, "Autoline Europe | Suppliers | 28 Feb 2025");
	clean("Fishermen celebrate as court blocks port expansion\n"
	      "The Atlantic Post - Portugal's English-language news\n"
	      "21 May 2025 | 19:12 | Local News\n"
	      "\n"
	      "Photo: Fishermen wait outside the courthouse on Wednesday morning.\n"
	      "\n"
	      "Fishermen were celebrating on Wednesday evening.\n");
	assert_string_equal(R.source, "The Atlantic Post");
	assert_string_equal(R.date, "21 May 2025 | 19:12 | Local News");
	/* A path of sections, a label, an ambiguous timestamp, share words
	 * without bars, a caption whose credit shares its line. */
	clean("Ferry capsizes off Kassanke port, at least 23 dead\n"
	      "SahelNet Info\n"
	      "Home / News / Estuary\n"
	      "04/09/2025 08:12\n"
	      "Source : ACP\n"
	      "ANALYSIS\n"
	      "Share  Tweet  Email\n"
	      "\n"
	      "Rescuers pulled 23 bodies from the estuary on Wednesday.\n");
	assert_string_equal(R.title, "Ferry capsizes off Kassanke port, at least 23 dead");
	assert_null(R.date);
	assert_string_equal(R.source, "ACP");
	assert_string_equal(R.body, "Rescuers pulled 23 bodies from the estuary on Wednesday.");
	clean("DGC hotline swamped as bank depositors seek answers\n"
	      "Radyo Bandilyo 88.7\n"
	      "20/09/2025 13:10\n"
	      "Relatives wait at the landing stage. Photo: Pape Ndiour/Observer\n"
	      "\n"
	      "The hotline received some 3,200 calls by noon on Saturday.\n");
	assert_string_equal(R.date, "20/09/2025 13:10");
	assert_string_equal(R.body, "The hotline received some 3,200 calls by noon on Saturday.");
	/* No headline, no header: a short line after a sentence is text. */
	clean("Crews walked out on Tuesday.\nLansdowne Road, Dublin\n");
	assert_null(R.date);
	assert_null(R.author);
	assert_string_equal(R.body, "Crews walked out on Tuesday.\nLansdowne Road, Dublin");
}

/* The chrome of a page above its headline: skip links, sign-in and
 * section bars, the outlet's name, its motto, a section label, a date in a
 * bar; below the headline a standfirst, "Name, role", a date ending in
 * "p.m." and a time stamp that debris takes. */
/* Wire pages: a service's name, its desk and the time above the
 * dateline, with no headline; slugs; dates that open a line of fields; a
 * search box; a long motto above a bar of sections. */
static void
test_wire_chrome(void **state)
{
	(void)state;
	clean("ACP -- Agence Continentale de Presse\n"
	      "Service general / Fil info\n"
	      "17 Sep 2024 21:47 GMT\n"
	      "\n"
	      "MONTAUBRE, Sept 17 (ACP) - All seven cavers were brought out late on Tuesday.\n");
	assert_null(R.title);
	assert_string_equal(R.source, "ACP -- Agence Continentale de Presse");
	assert_string_equal(R.date, "17 Sep 2024 21:47 GMT");
	assert_string_equal(R.body,
			    "MONTAUBRE, Sept 17 (ACP) - All seven cavers were brought out late on Tuesday.");
	clean("NSP Nordic Scandinavian Press\n"
	      "WIRE / CULTURE-ARCHAEOLOGY\n"
	      "Thu Oct 10 2024 11:02 CET   Priority: routine   Words: 342\n"
	      "\n"
	      "Viking boat grave found in Vestmark field\n"
	      "\n"
	      "OSTBRO, Oct 10 (NSP) -- A boat grave has been found.\n");
	assert_string_equal(R.title, "Viking boat grave found in Vestmark field");
	assert_non_null(R.date);
	assert_string_equal(removed_kind("Thu Oct 10 2024 11:02 CET   Priority: routine   Words: 342"),
			    "navigation");
	clean("PRENSA ATLANTICA (PA) - SERVICIO EN INGLES\n"
	      "Thursday, March 6, 2025 - 10:55 GMT\n"
	      "\n"
	      "Santa Irene blackout ends after about 19 hours\n"
	      "\n"
	      "PUERTO ALCAZAR, March 6 (PA) - Power was restored on Thursday.\n");
	assert_string_equal(R.title, "Santa Irene blackout ends after about 19 hours");
	assert_string_equal(R.source, "PRENSA ATLANTICA (PA) - SERVICIO EN INGLES");
	clean("ARP -- BRITAIN-ARCHAEOLOGY/HOARD (UPDATE 2)\n"
	      "\n"
	      "Road builders' dig turns up Bronze Age axe hoard\n"
	      "\n"
	      "By Nadia Ferris\n"
	      "\n"
	      "MARROWBY, England, April 10 (ARP) -- Archaeologists have found a hoard.\n");
	assert_string_equal(R.title, "Road builders' dig turns up Bronze Age axe hoard");
	clean("Kessary Courier\n"
	      "Home | News | Sport | Farming\n"
	      "Search...\n"
	      "\n"
	      "Farmer finds space rocks after Kessary fireball\n"
	      "\n"
	      "A sheep farmer has found fragments of the meteorite.\n");
	assert_string_equal(R.title, "Farmer finds space rocks after Kessary fireball");
	assert_string_equal(R.source, "Kessary Courier");
	clean("THE WEST COAST GAZETTE\n"
	      "Serving Strathmurran, Port Annick and the Isles since 1872\n"
	      "HOME   NEWS   SPORT   OUTDOORS   ISLANDS\n"
	      "\n"
	      "Race against the tide as 61 pilot whales strand\n"
	      "\n"
	      "Isla Cormack\n"
	      "Sunday 13 July 2025, 6.45pm\n"
	      "\n"
	      "Rescuers were battling to save dozens of pilot whales on Sunday.\n");
	assert_string_equal(R.title, "Race against the tide as 61 pilot whales strand");
	assert_string_equal(R.date, "Sunday 13 July 2025, 6.45pm");
	/* a headline above a bar is no outlet's name, even over a dateline */
	clean("Two die, 146 hospitalised in Kesarganj; cholera suspected\n"
	      "Metro Mirror | Cities | Kesarganj\n"
	      "\n"
	      "KESARGANJ: Two people have died.\n");
	assert_string_equal(R.title, "Two die, 146 hospitalised in Kesarganj; cholera suspected");
	/* a wire's header fields and its priority; a role is no outlet */
	clean("RPA NEWSWIRE -- Sunday 23 March 2025 18:41\n"
	      "SLUG: ZOO-BABOONS (PICTURED)\n"
	      "PRIORITY: Routine\n"
	      "\n"
	      "Baboons on the loose after wildlife park escape\n"
	      "\n"
	      "By Nadia Fenwick, RPA Regional Reporter\n"
	      "\n"
	      "Nine of the 11 baboons that escaped have been recaptured.\n");
	assert_string_equal(R.title, "Baboons on the loose after wildlife park escape");
	assert_non_null(R.date);
	assert_null(R.source);
	clean("SPW  A0417  SPORT  ATHLETICS-DOPING/ACHTERBERG  03-03-2025 23:58 CET\n"
	      "URGENT\n"
	      "ATHLETICS-DOPING/ACHTERBERG (UPDATE 1)\n"
	      "Achterberg banned for four years after clostebol positive\n"
	      "\n"
	      "HALLSTADT, March 3 (SportWire) - The runner has been banned for four years.\n");
	assert_string_equal(R.title, "Achterberg banned for four years after clostebol positive");
	assert_string_equal(removed_kind("URGENT"), "navigation");
	/* an outlet's name with its tagline above a bar */
	clean("Harbourside News - Port Ellery's independent news site\n"
	      "Home  News  Business  Culture  Events  Contact\n"
	      "\n"
	      "Ravensworth seascape sells for more than 3m\n"
	      "\n"
	      "Posted 8 November 2024 by Kieran Doyle\n"
	      "\n"
	      "A long-lost painting sold on Wednesday night.\n");
	assert_string_equal(R.title, "Ravensworth seascape sells for more than 3m");
	assert_string_equal(R.source, "Harbourside News");
	assert_non_null(R.date);
	/* a date line in the outlet's language */
	clean("VESTMARK POSTEN\n"
	      "Nyheter | Sport | Kultur\n"
	      "Fredag 11. oktober 2024\n"
	      "\n"
	      "Viking boat grave found near Ostbro\n"
	      "\n"
	      "(NSP) A Viking-age boat grave has been found.\n");
	assert_string_equal(R.title, "Viking boat grave found near Ostbro");
	assert_string_equal(R.date, "Fredag 11. oktober 2024");
	/* a standfirst above "Name, Role" in capitals and an updated
	 * stamp: the header goes on past both */
	clean("THE CAPITAL HERALD\n"
	      "UK  World  Politics  Business  Culture  Sport  Opinion\n"
	      "\n"
	      "Man arrested over theft of Hollinshead manuscripts\n"
	      "\n"
	      "Police hold 34-year-old as insurer announces reward\n"
	      "\n"
	      "Sophie Markland, Arts Correspondent\n"
	      "Updated: Oct 6, 2025 6:05 p.m.\n"
	      "\n"
	      "A 34-year-old man was arrested on Monday afternoon.\n");
	assert_string_equal(R.title, "Man arrested over theft of Hollinshead manuscripts");
	assert_non_null(R.date);
	assert_string_equal(removed_kind("Sophie Markland, Arts Correspondent"), "byline");
	/* a byline whose role follows a dash, then share buttons */
	clean("Marrowgate Echo\n"
	      "Home  News  Crime  Culture  Sport  Business  Opinion\n"
	      "\n"
	      "City in shock after Hollinshead manuscripts stolen\n"
	      "\n"
	      "Library director speaks of grief as police hunt raiders\n"
	      "\n"
	      "By Niamh Carrow \xE2\x80\x94 Chief Reporter\n"
	      "Sun 5 Oct 2025 19:12 BST\n"
	      "\n"
	      "Facebook  Twitter  Email  Print\n"
	      "\n"
	      "Police and forensic officers stood outside the library.\n");
	assert_string_equal(R.date, "Sun 5 Oct 2025 19:12 BST");
	assert_string_equal(removed_kind("Facebook  Twitter  Email  Print"), "share");
	assert_null(strstr(R.body, "Chief Reporter"));
	/* a promotion between the page's bar and the headline, with no
	 * blank line: its own unit, not the headline */
	clean("MORROWFIELD STAR\n"
	      "Home   News   Sport   What's On   Business   Letters   Announcements\n"
	      "Sign up to our free morning briefing\n"
	      "Councillors approve congestion charge for city centre\n"
	      "By Harriet Lomax\n"
	      "Thursday, 5 June 2025\n"
	      "\n"
	      "Drivers entering the city centre will pay a daily charge.\n");
	assert_string_equal(R.title, "Councillors approve congestion charge for city centre");
	assert_string_equal(removed_kind("Sign up to our free morning briefing"), "signup");
	clean("OSTA FM NEWS\n"
	      "On air now: The Afternoon Show\n"
	      "Dravel's new heat record: 46.1C\n"
	      "Sunday\n"
	      "\n"
	      "The service has confirmed that Dravel reached 46.1C on Saturday.\n");
	assert_string_equal(R.title, "Dravel's new heat record: 46.1C");
	/* a date stamp debris took still ends the header under a
	 * standfirst */
	clean("ORBITAL BUSINESS WEEKLY\n"
	      "Launch | Satellites | Ground Segment | Finance | Policy\n"
	      "\n"
	      "Kestrel-2 loss puts the launch manifest in doubt\n"
	      "\n"
	      "Second-stage engine failure ends run of two successful flights\n"
	      "\n"
	      "Dana Okafor-Lind | Senior Launch Analyst\n"
	      "Published Sep 18, 2025\n"
	      "\n"
	      "Aurelian Launch Systems has confirmed that the engine failed.\n");
	assert_non_null(R.date);
	assert_null(strstr(R.body, "Senior Launch Analyst"));
	/* a bar of sections split by bullets; a caption labelled so */
	clean("EASTSHIRE TODAY\n"
	      "News \xE2\x80\xA2 Business \xE2\x80\xA2 Sport \xE2\x80\xA2 Travel \xE2\x80\xA2 What's on \xE2\x80\xA2 Jobs\n"
	      "Business\n"
	      "Norvant to build battery factory at Aldmoor\n"
	      "Thursday 9 October 2025 13:02\n"
	      "\n"
	      "Photo caption: Mira Tolvanen embraces her mother at the airport on Thursday night.\n"
	      "\n"
	      "Battery maker Norvant Cells said on Thursday it would build a cell factory.\n");
	assert_string_equal(R.title, "Norvant to build battery factory at Aldmoor");
	assert_string_equal(removed_kind("Photo caption: Mira Tolvanen embraces her mother at the airport on "
					 "Thursday night."),
			    "caption");
	/* an outlet's name and its tagline split by an en dash */
	clean("Tolland Courier \xE2\x80\x93 the valley's daily since 1891\n"
	      "Home  News  Sport  Business  Contact\n"
	      "Signal failure halts northern trains\n"
	      "By Ana Lind\n"
	      "\n"
	      "Trains stopped across the north on Monday.\n");
	assert_string_equal(R.source, "Tolland Courier");
	/* a headline over a byline with a bar is no motto over the page's
	 * bar */
	clean("CareWatch Online \xE2\x80\x93 news for health and social care professionals\n"
	      "News   Workforce   Policy   Jobs   Events   Log in   Register\n"
	      "POLICY\n"
	      "\n"
	      "Aldmoor watchdog: ambulance handover crisis is putting patients at risk\n"
	      "\n"
	      "By Imogen Stroud | 11 March 2025\n"
	      "\n"
	      "The inspectorate's review sets out 12 recommendations.\n");
	assert_string_equal(R.title, "Aldmoor watchdog: ambulance handover crisis is putting patients at risk");
	assert_string_equal(R.source, "CareWatch Online");
	assert_non_null(R.date);
}

static void
test_page_chrome(void **state)
{
	(void)state;
	/* a byline in lower case under the headline ("by Oliver
	 * Pettigrew") is a byline, not the headline's second line */
	clean("Harrowby nurses back strike as walkout looms\n"
	      "by Oliver Pettigrew\n"
	      "\n"
	      "Harrowby's nurses have voted 91.4 per cent in favour of strike action.\n");
	assert_non_null(R.title);
	assert_string_equal(R.title, "Harrowby nurses back strike as walkout looms");
	assert_string_equal(R.body, "Harrowby's nurses have voted 91.4 per cent in favour of strike action.");
	assert_string_equal(removed_kind("by Oliver Pettigrew"), "byline");
	/* a photo's caption over its credit at the very top, above the
	 * outlet, the date and the headline */
	clean("Shoppers pass the Harwell & Stone flagship on Kell Street as news of the administration "
	      "spread through the town centre\n"
	      "Picture: Dara Fenwick/Tamsford Evening Star\n"
	      "\n"
	      "TAMSFORD EVENING STAR\n"
	      "Tuesday 4 November 2025 | Business\n"
	      "\n"
	      "Harwell & Stone collapses into administration with 2,300 jobs at risk\n"
	      "\n"
	      "Harwell & Stone, the Tamsford department store chain, has collapsed into administration.\n");
	assert_non_null(R.title);
	assert_string_equal(R.title, "Harwell & Stone collapses into administration with 2,300 jobs at risk");
	assert_non_null(R.date);
	assert_string_equal(R.body,
			    "Harwell & Stone, the Tamsford department store chain, has collapsed into administration.");
	assert_string_equal(removed_kind("Picture: Dara Fenwick/Tamsford Evening Star"), "credit");
	/* an outlet's name of any language over its bar of sections, which
	 * debris takes first */
	clean("La Gazzetta della Costa - English edition\n"
	      "Home | News | Business | Sport | Travel | Weather\n"
	      "Business\n"
	      "\n"
	      "Bakeries fined in record bread cartel case\n"
	      "\n"
	      "Thursday, November 13, 2025\n"
	      "\n"
	      "Valmora's competition authority fined three bakeries on Thursday.\n");
	assert_non_null(R.title);
	assert_string_equal(R.title, "Bakeries fined in record bread cartel case");
	assert_non_null(R.source);
	assert_string_equal(R.source, "La Gazzetta della Costa - English edition");
	assert_non_null(R.date);
	assert_string_equal(R.body, "Valmora's competition authority fined three bakeries on Thursday.");
	/* a photo's caption over its credit between the chrome and the
	 * date line above the headline, under an outlet's name or under a
	 * bar that names none */
	{
		static const char *const heads[] = {
			"THE HARLOW COURIER\nHome | Nation | Economy | World | Opinion | Sport\n"
			"Economy > Labour\n\n",
			"HARLOW COURIER | English edition\nHome | Nation | Economy | World\n\n"};
		size_t h = 0;
		char page[512];
		for (h = 0; h < 2; h++) {
			snprintf(page, sizeof page,
				 "%sTraders at the covered market in Harlow on Wednesday.\n"
				 "Photo: Marta Ruiz / The Harlow Courier\n\n"
				 "Wednesday, December 17, 2025\n\n"
				 "Minimum wage rises as government bypasses council\n\n"
				 "The government set the minimum wage at 1.45 million pesos a month on "
				 "Tuesday.\n",
				 heads[h]);
			clean(page);
			assert_non_null(R.title);
			assert_string_equal(R.title, "Minimum wage rises as government bypasses council");
			assert_non_null(R.date);
			assert_string_equal(R.body, "The government set the minimum wage at 1.45 million "
						    "pesos a month on Tuesday.");
			assert_string_equal(removed_kind("Traders at the covered market in Harlow on "
							 "Wednesday."),
					    "caption");
		}
	}
	clean("Skip to main content\n"
	      "The Coast Post\n"
	      "Sign in     Subscribe\n"
	      "News  \xE2\x80\xBA  Region  \xE2\x80\xBA  Courts\n"
	      "Ex-harbour boss jailed for six years in Brennmark bribery case\n"
	      "Former port director took tens of thousands in envelopes, court hears\n"
	      "Lena Varga, courts correspondent\n"
	      "Published Tue 4 Mar 2025 17.40 GMT | Updated Wed 5 Mar 2025 08.02 GMT\n"
	      "Share on Facebook\n"
	      "\n"
	      "A court in Brennmark on Tuesday sentenced the former head of the harbour.\n");
	assert_string_equal(R.title, "Ex-harbour boss jailed for six years in Brennmark bribery case");
	assert_string_equal(R.source, "The Coast Post");
	assert_non_null(R.date);
	assert_string_equal(R.author, "Lena Varga");
	assert_string_equal(R.body,
			    "Former port director took tens of thousands in envelopes, court hears\n\n"
			    "A court in Brennmark on Tuesday sentenced the former head of the harbour.");
	clean("THE EASTSIDE GAZETTE\n"
	      "Your neighborhood. Your news.\n"
	      "\n"
	      "EDUCATION\n"
	      "\n"
	      "Board votes to close Alder Street Elementary after 99 years\n"
	      "\n"
	      "By Janelle Hutchins\n"
	      "September 8, 2026 at 4:17 p.m.\n"
	      "\n"
	      "The school board voted 5-2 on Thursday to close the school.\n");
	assert_string_equal(R.title, "Board votes to close Alder Street Elementary after 99 years");
	assert_string_equal(R.source, "THE EASTSIDE GAZETTE");
	assert_string_equal(R.date, "September 8, 2026 at 4:17 p.m.");
	assert_string_equal(R.body, "The school board voted 5-2 on Thursday to close the school.");
	clean("ShireWatch\n"
	      "Radio News > Local\n"
	      "13.08.2025 | 11:04\n"
	      "\n"
	      "Lido closure approved despite 4,600-name petition\n"
	      "\n"
	      "The motion to close the lido passed by eight votes to three.\n");
	assert_string_equal(R.title, "Lido closure approved despite 4,600-name petition");
	assert_string_equal(R.source, "ShireWatch");
	assert_string_equal(R.date, "13.08.2025 | 11:04");
	clean("Castelmere Mercury\n"
	      "HOME | NEWS | SPORT | JOBS\n"
	      "\n"
	      "Outbreak: more than 30 cases as laundry tower is blamed\n"
	      "\n"
	      "Published: 15/08/2025 07:30\n"
	      "2 hours ago\n"
	      "\n"
	      "More than 30 cases had been confirmed, the agency said on Thursday.\n");
	assert_string_equal(R.title, "Outbreak: more than 30 cases as laundry tower is blamed");
	assert_non_null(R.date);
	assert_non_null(strstr(R.date, "15/08/2025"));
	assert_string_equal(R.body, "More than 30 cases had been confirmed, the agency said on Thursday.");
	/* A bar of sections split by spaces, a date alone, an outlet's name
	 * written as it likes above a bar, a newsroom's byline, an app. */
	clean("hpa Hanse Presse Agentur - English Service\n"
	      "Wissenschaft / Raumfahrt | Science / Space\n"
	      "19.09.2025, 14:22 Uhr\n"
	      "\n"
	      "Aurelian rejects engine-failure reports as debris search widened\n"
	      "\n"
	      "The rocket company has rejected reports that an engine failure caused the loss.\n");
	assert_string_equal(R.title, "Aurelian rejects engine-failure reports as debris search widened");
	assert_string_equal(R.source, "hpa Hanse Presse Agentur - English Service");
	assert_string_equal(R.date, "19.09.2025, 14:22 Uhr");
	clean("KCSR 7 News\n"
	      "Download the KCSR 7 News app\n"
	      "Home  News  Crime  Weather  Sport\n"
	      "\n"
	      "Balloon strikes power lines, crashes during festival\n"
	      "\n"
	      "By KCSR 7 Digital Staff\n"
	      "Published: Sep. 13, 2025 at 9:02 AM CDT\n"
	      "\n"
	      "A hot-air balloon hit power lines and crashed in a field on Saturday morning.\n");
	assert_string_equal(R.title, "Balloon strikes power lines, crashes during festival");
	assert_string_equal(R.source, "KCSR 7 News");
	assert_non_null(R.date);
	assert_string_equal(R.body, "A hot-air balloon hit power lines and crashed in a field on Saturday morning.");
	/* A short name over a plain article is no outlet when no headline
	 * follows it: the first line is still the headline. */
	clean("Council Approves Budget\n"
	      "\n"
	      "The council approved the budget on Tuesday by seven votes to four.\n");
	assert_string_equal(R.title, "Council Approves Budget");
	assert_null(R.source);
}

/* Keys of an archive's export: "headline", "publication", "station". */
static void
test_metadata_more_keys(void **state)
{
	(void)state;
	clean("headline: Corvane says hackers took data on 1.4 million customers\n"
	      "Publication: Ledgerline Business\n"
	      "published: 2026-09-08 11:40\n"
	      "\n"
	      "Corvane Health said hackers had stolen data on 1.4 million customers.\n");
	assert_string_equal(R.title, "Corvane says hackers took data on 1.4 million customers");
	assert_string_equal(R.source, "Ledgerline Business");
	assert_string_equal(R.date, "2026-09-08 11:40");
	/* a key of the block it does not know, right under one it does */
	clean("Source: Brennock Valley Mail\n"
	      "Date: 2025-03-12\n"
	      "Length: 498 words\n"
	      "Document ID: BVM-20250312-0047\n"
	      "\n"
	      "Co-op chief rejects blame for fish kill\n"
	      "\n"
	      "Note: the co-op has rejected claims it is responsible for the fish kill.\n");
	assert_string_equal(R.title, "Co-op chief rejects blame for fish kill");
	assert_string_equal(R.date, "2025-03-12");
	assert_string_equal(R.body, "Note: the co-op has rejected claims it is responsible for the fish kill.");
}

/* Exports fence or name their block of fields: front matter, "====
 * ARCHIVE RECORD ====", a line naming the export or the document. */
static void
test_metadata_banners(void **state)
{
	(void)state;
	clean("==== NewsVault export ====\n"
	      "TITLE: Detectorist's rivets lead to boat grave at Ostbro\n"
	      "SOURCE: Nordlys Kurer\n"
	      "DATE: 03.10.2024\n"
	      "SECTION: Kultur\n"
	      "==========================\n"
	      "\n"
	      "Detectorist's rivets lead to boat grave at Ostbro\n"
	      "\n"
	      "Archaeologists are excavating a boat grave outside Ostbro.\n");
	assert_string_equal(R.title, "Detectorist's rivets lead to boat grave at Ostbro");
	assert_string_equal(R.source, "Nordlys Kurer");
	assert_string_equal(R.date, "03.10.2024");
	assert_string_equal(R.body, "Archaeologists are excavating a boat grave outside Ostbro.");
	assert_string_equal(removed_kind("==== NewsVault export ===="), "metadata");
	/* YAML front matter: its quotes are syntax, a colon inside them text */
	clean("---\n"
	      "title: \"Santa Irene outage: regulator points to substation\"\n"
	      "publication: Energia Hoy\n"
	      "date: 2025-03-07\n"
	      "retrieved: 2025-03-09T08:41:02Z\n"
	      "---\n"
	      "\n"
	      "The blackout began with a protection failure at the substation.\n");
	assert_string_equal(R.title, "Santa Irene outage: regulator points to substation");
	assert_string_equal(R.source, "Energia Hoy");
	assert_string_equal(R.date, "2025-03-07");
	assert_string_equal(R.body, "The blackout began with a protection failure at the substation.");
	/* outside front matter the quotes are the headline's */
	clean("title: \"A black day for the grazing districts\"\n"
	      "source: Bondebladet\n"
	      "\n"
	      "Sheep farmers reacted with anger.\n");
	assert_string_equal(R.title, "\"A black day for the grazing districts\"");
	/* a line naming the document, two-word and hyphenated keys */
	clean("Document EVPO000020250918el9i0004k\n"
	      "Source: Northgate Evening Post\n"
	      "Publication date: 18 September 2025\n"
	      "Doc-ID: NATW-250714-0917\n"
	      "Copyright: (c) 2025 Northgate Evening Post. All rights reserved.\n"
	      "\n"
	      "Museum holds fire on space rocks as tests begin\n"
	      "\n"
	      "Fourteen fragments were handed to the museum on Tuesday.\n");
	assert_string_equal(R.source, "Northgate Evening Post");
	assert_string_equal(R.date, "18 September 2025");
	assert_string_equal(R.title, "Museum holds fire on space rocks as tests begin");
	assert_string_equal(R.body, "Fourteen fragments were handed to the museum on Tuesday.");
	/* the outlet's name between the document's line and the fields */
	clean("Document ELCO000020241108ek1b0003\n"
	      "Ellery Courier\n"
	      "Section: News\n"
	      "Date: 8 November 2024\n"
	      "Byline: Fiona Castellan, Arts Correspondent\n"
	      "\n"
	      "Lost Ravensworth seascape smashes record at Quay Street sale\n"
	      "\n"
	      "A painting sold for a record price on Thursday.\n");
	assert_string_equal(R.source, "Ellery Courier");
	assert_string_equal(R.title, "Lost Ravensworth seascape smashes record at Quay Street sale");
	/* a headline over the fields is no banner: it stays the headline */
	clean("Ferry crews walk out over pay\n"
	      "Source: Coast Wire\n"
	      "Date: 2025-03-12\n"
	      "\n"
	      "Crews walked out on Tuesday.\n");
	assert_string_equal(R.title, "Ferry crews walk out over pay");
	assert_string_equal(R.source, "Coast Wire");
	/* nor a sentence, nor a line a blank line parts from the fields */
	clean("Crews walked out on Tuesday.\n\ndate: 2023-11-14\n");
	assert_null(R.date);
	clean("THE EXPORT ARCHIVE\n\nSource: Coast Wire\nDate: 2025-03-12\n\nCrews walked out.\n");
	assert_null(removed_kind("THE EXPORT ARCHIVE"));
}

static void
test_metadata_only_leading_and_core(void **state)
{
	(void)state;
	/* "tags:" alone does not open a metadata block. */
	clean("Tags: ferry, strike\n\nCrews walked out on Tuesday.\n");
	assert_int_equal(R.n_removed, 0);
	assert_null(R.date);
	/* A "date:" line after the body started is text. */
	clean("Crews walked out on Tuesday.\n\ndate: 2023-11-14\n");
	assert_null(R.date);
	assert_int_equal(R.n_removed, 0);
	assert_string_equal(R.body, "Crews walked out on Tuesday.\n\ndate: 2023-11-14");
	/* Without the flag nothing is read. */
	clean_flags("title: Strike\n\nCrews walked out.\n", PX_CLEAN_DEBRIS);
	assert_null(R.title);
	assert_string_equal(R.body, "title: Strike\n\nCrews walked out.");
}

static void
test_bare_date_line(void **state)
{
	(void)state;
	clean(" date 2023-11-14\nFerry strike leaves islands cut off\n\n"
	      "Crews walked out on Tuesday.\n");
	assert_string_equal(R.date, "2023-11-14");
	assert_string_equal(removed_kind("date 2023-11-14"), "metadata");
	assert_string_equal(R.title, "Ferry strike leaves islands cut off");
	assert_string_equal(R.body, "Crews walked out on Tuesday.");
	/* What follows the date is an ordinary line: here a caption and credit. */
	clean(" date 2023-11-14 Striking crew members gather in Port Halden on Tuesday. "
	      "Photographer: Mila Varga/Nordwire via Halcyon Images\n"
	      "Ferry strike leaves islands cut off\n\nCrews walked out on Tuesday.\n");
	assert_string_equal(R.date, "2023-11-14");
	assert_int_equal(R.n_removed, 2);
	assert_string_equal(R.removed[0].text, "date 2023-11-14");
	assert_string_equal(R.removed[1].kind, "caption");
	assert_string_equal(R.removed[1].text,
			    "Striking crew members gather in Port Halden on Tuesday. "
			    "Photographer: Mila Varga/Nordwire via Halcyon Images");
	assert_string_equal(R.title, "Ferry strike leaves islands cut off");
	/* An ordinary sentence after the date stays. */
	clean("date 2023-11-14 Crews walked out on Tuesday, the union said.\n");
	assert_string_equal(R.body, "Crews walked out on Tuesday, the union said.");
	/* Not a date line: no valid date token. */
	clean("date 14/11/2023 is when crews walked out.\n");
	assert_null(R.date);
}

static void
test_caption_then_text_on_date_line(void **state)
{
	(void)state;
	/* The credit ends the caption; the article runs on after it. */
	clean("date 2023-11-14 Crews picket in Port Halden. Photographer: Mila Varga/Nordwire "
	      "Ferry crews across Norland walked off the job on Tuesday.\n");
	assert_string_equal(removed_kind("Crews picket in Port Halden. Photographer: Mila Varga/Nordwire"),
			    "caption");
	assert_string_equal(R.body, "Ferry crews across Norland walked off the job on Tuesday.");
	/* A bracketed credit works the same way. */
	clean("date 2023-11-14 Crews picket in Port Halden. (Nordwire Photo/Ana Lind) "
	      "Ferry crews walked off the job on Tuesday.\n");
	assert_string_equal(removed_kind("Crews picket in Port Halden. (Nordwire Photo/Ana Lind)"),
			    "caption");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday.");
}

static void
test_title_detection(void **state)
{
	(void)state;
	clean("Ferry strike strands thousands\n\nCrews walked out on Tuesday.\n");
	assert_string_equal(R.title, "Ferry strike strands thousands");
	assert_string_equal(R.body, "Crews walked out on Tuesday.");
	assert_int_equal(R.n_removed, 0);
	/* A headline right above a long first paragraph. */
	clean("Ferry strike strands thousands\n"
	      "Ferry crews walked off the job on Tuesday, stranding thousands of passengers.\n");
	assert_string_equal(R.title, "Ferry strike strands thousands");
	/* "U.S." may end a headline; a question mark too. */
	clean("Ferry maker shifts orders to U.S.\n\nText.\n");
	assert_string_equal(R.title, "Ferry maker shifts orders to U.S.");
	clean("Will the ferries sail on Friday?\n\nText.\n");
	assert_string_equal(R.title, "Will the ferries sail on Friday?");
	/* A sentence is not a headline. */
	clean("Crews walked out on Tuesday.\n\nText.\n");
	assert_null(R.title);
	clean("Crews walked out on Tuesday, the union said\n\nText.\n");
	assert_non_null(R.title); /* no final stop: a headline in shape */
	clean("The union said talks had failed. Ferries stayed in port\n\nText.\n");
	assert_null(R.title);
	clean("The union said that talks with the operator,\n\nText.\n");
	assert_null(R.title);
	/* The first line of hard-wrapped prose is not a headline. */
	clean("Ferry crews walked off the job on Tuesday, stranding\n"
	      "thousands of passengers at ports across Norland, the\n"
	      "union said.\n");
	assert_null(R.title);
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday, stranding\n"
				    "thousands of passengers at ports across Norland, the\n"
				    "union said.");
	/* A dateline or a byline is not a headline. */
	clean("PORT HALDEN, Norland (Nordwire) - Crews walked out\n\nText.\n");
	assert_null(R.title);
	clean_flags("By Ana Lind\n\nText.\n", PX_CLEAN_TITLE);
	assert_null(R.title);
	/* Without the flag there is no title. */
	clean_flags("Ferry strike strands thousands\n\nText.\n", PX_CLEAN_DEBRIS);
	assert_null(R.title);
	assert_string_equal(R.body, "Ferry strike strands thousands\n\nText.");
	/* Debris before the headline does not hide it. */
	clean("Advertisement\nFerry strike strands thousands\n\nText.\n");
	assert_string_equal(R.title, "Ferry strike strands thousands");
	/* A line that is all there is stays a title with an empty body. */
	clean("Ferry strike strands thousands\n");
	assert_string_equal(R.title, "Ferry strike strands thousands");
	assert_string_equal(R.body, "");
}

static void
test_title_metadata_wins(void **state)
{
	(void)state;
	clean("title: Ferry crews strike\n\nFerry crews strike\n\nAnother headline-like line\n\nText.\n");
	assert_string_equal(R.title, "Ferry crews strike");
	/* The repeated headline is dropped, the next short line is body. */
	assert_string_equal(removed_kind("Ferry crews strike"), "title");
	assert_string_equal(R.body, "Another headline-like line\n\nText.");
}

static void
test_bylines(void **state)
{
	(void)state;
	clean("Ferry strike strands thousands\nBy Mia Holm\n\nText.\n");
	assert_string_equal(R.title, "Ferry strike strands thousands");
	assert_string_equal(R.author, "Mia Holm");
	assert_string_equal(removed_kind("By Mia Holm"), "byline");
	clean("By TOMAS LIND and Ana Lind, Coastline Weekly\n\nText.\n");
	assert_string_equal(R.author, "TOMAS LIND and Ana Lind");
	assert_string_equal(R.source, "Coastline Weekly");
	/* Sentences that start with "By" stay. */
	clean("By Tuesday, the strike had spread to Vessby.\n\nText.\n");
	assert_null(R.author);
	assert_int_equal(R.n_removed, 0);
	clean("By Tuesday\n\nText.\n");
	assert_null(R.author);
	clean("By and large the crews stayed home\n\nText.\n");
	assert_null(R.author);
}

static void
test_debris_kinds(void **state)
{
	(void)state;
	assert_debris("Advertisement", "advertisement");
	assert_debris("ADVERTISEMENT", "advertisement");
	assert_debris("Story continues below advertisement", "advertisement");
	assert_debris("Advertisement Continue reading the main story", "advertisement");
	assert_debris("Read more: Ferry operator warns of months of disruption", "read-more");
	assert_debris("READ MORE", "read-more");
	assert_debris("» Read more", "read-more");
	assert_debris("Related: Talks collapse in Vessby", "related");
	assert_debris("Related coverage", "related");
	assert_debris("Share this article", "share");
	assert_debris("Share on Facebook", "share");
	assert_debris("Follow us on Twitter and Facebook for live updates", "share");
	assert_debris("Sign up for the Ledger Morning newsletter", "signup");
	assert_debris("Newsletter: Get the Ledger morning briefing in your inbox every weekday. Sign up", "signup");
	assert_debris("Subscribe now", "signup");
	assert_debris("Subscribe to our daily briefing", "signup");
	assert_debris("Click here to read the full report", "prompt");
	assert_debris("Listen to this article", "prompt");
	assert_debris("WATCH: Crews march through Port Halden", "video");
	assert_debris("We use cookies to improve your experience. By continuing you accept our cookie policy.",
		      "cookie");
	assert_debris("© 2023 Coastline Weekly", "copyright");
	assert_debris("(c) 2023 Coastline Weekly. All rights reserved.", "copyright");
	assert_debris("Copyright 2023 Nordwire. All rights reserved.", "copyright");
	assert_debris("Updated: Nov. 14, 2023 3:05 p.m. GMT", "timestamp");
	assert_debris("Published 14 November 2023", "timestamp");
	assert_debris("Reporting by Ana Lind; Editing by Tom Reed", "byline");
	assert_debris("(Reporting by Ana Lind; editing by Tom Reed)", "byline");
	assert_debris("(Editing by Sara Wold)", "byline");
	assert_debris("Editor's note: This story is from Nord Wire and has been shortened.", "note");
	assert_debris("Listen to the full interview with the mayor in our evening news at 18:00.", "prompt");
	assert_debris("You can hear more about the strike in Coast Today at five o'clock.", "prompt");
	assert_debris("Share this live blog: Facebook \xC2\xB7 X \xC2\xB7 WhatsApp", "share");
	assert_debris("Share this story: Facebook | X | WhatsApp | Email", "share");
	assert_debris("Get the Herald Daily newsletter - the best local news in your inbox every morning. "
		      "Sign up here",
		      "signup");
	assert_debris("* * *", "separator");
	assert_debris("\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94", "separator");
}

/* A copy's credit to its wire as its last line goes ("- Northwire",
 * "(AFP)"); a last line of text that only starts with a dash stays. */
static void
test_wire_credit(void **state)
{
	(void)state;
	clean("Ferry crews walked off the job on Tuesday, the union said.\n\n- Northwire\n");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday, the union said.");
	clean("Ferry crews walked off the job on Tuesday, the union said.\n\n(AFP)\n");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday, the union said.");
	clean("Ferry crews walked off the job on Tuesday.\n\n- and the union said it would go on\n");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday.\n\n- and the union said it would go on");
}

/* The headlines listed under a "Related stories" heading are links and go
 * with it; a sentence after them is text again. */
static void
test_related_links(void **state)
{
	(void)state;
	clean("Ferry crews walked off the job on Tuesday, the union said.\n\n"
	      "Related stories\n"
	      "Halden port car park charges frozen for another year\n"
	      "Ferry timetable cut back for the winter months\n\n"
	      "The strike is the first at the operator since 2019.\n");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday, the union said.\n\n"
				    "The strike is the first at the operator since 2019.");
}

static void
test_captions_and_credits(void **state)
{
	(void)state;
	assert_debris("Photographer: Mila Varga/Nordwire via Halcyon Images", "credit");
	assert_debris("(Nordwire Photo/Ana Lind)", "credit");
	assert_debris("Photo: Ana Lind/Nordwire", "credit");
	assert_debris("Image credit: Ana Lind", "credit");
	assert_debris("Credit: Ana Lind/Nordwire", "credit");
	assert_debris("Ana Lind/Nordwire via Halcyon Images", "credit");
	assert_debris("NORDWIRE/Ana Lind", "credit");
	assert_debris("Photograph: Ana Lind for the Ledger", "credit");
	assert_debris("Photo courtesy of the Norland Ferry Workers Union", "credit");
	assert_debris("Featured image via Ana Lind/Halcyon Images", "credit");
	assert_debris("AFP via Getty Images", "credit");
	assert_debris("Image credit Ana Lind", "credit");
	assert_debris("Photo: Striking crew members gather outside the terminal", "caption");
	assert_debris("Image: Ferry crews at the port of Vessby", "caption");
	assert_debris("Pictured: Aurélie Brandt outside the terminal", "caption");
	assert_debris("FILE - In this Oct. 3, 2023, file photo, a ferry leaves Vessby. "
		      "(Nordwire Photo/Ana Lind, File)",
		      "caption");
	assert_debris("The Skerry Star sits idle at its berth in Vessby on Tuesday. "
		      "(Ledger Photo/Jonas Berg)",
		      "caption");
	assert_debris("Aurélie Brandt Photographer: Mila Varga/Nordwire", "caption");
	assert_debris("Striking crews in Vessby on Tuesday. Ana Lind/Nordwire via Halcyon Images",
		      "caption");
}

static void
test_credit_sharing_a_line(void **state)
{
	(void)state;
	/* A credit opening a line, the text after it kept. */
	clean_flags("Intro.\n\n(Nordwire Photo/Ana Lind) Crews walked out on Tuesday, the union said.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(removed_kind("(Nordwire Photo/Ana Lind)"), "credit");
	assert_string_equal(R.body, "Intro.\n\nCrews walked out on Tuesday, the union said.");
	clean_flags("Intro.\n\nPhoto: Ana Lind/Nordwire The police tape marks the picket line.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(removed_kind("Photo: Ana Lind/Nordwire"), "credit");
	assert_string_equal(R.body, "Intro.\n\nThe police tape marks the picket line.");
	/* Without a slash, a word that opens a sentence ends the credit. */
	clean_flags("Intro.\n\nPicture: Ana Lind We had heard the ferries would stop.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(removed_kind("Picture: Ana Lind"), "credit");
	assert_string_equal(R.body, "Intro.\n\nWe had heard the ferries would stop.");
	/* A credit glued after a sentence: only the credit goes. */
	clean_flags("The crews say they will not back down. They want 7%.Photo by Ana Lind/Halcyon Images.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(removed_kind("Photo by Ana Lind/Halcyon Images."), "credit");
	assert_string_equal(R.body, "The crews say they will not back down. They want 7%.");
	/* FILE caption with the article run on after its first sentence. */
	clean_flags("FILE - In this Oct. 3, 2023, file photo, a ferry leaves Vessby. Ferry crews "
		    "walked off the job on Tuesday, the union said.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(removed_kind("FILE - In this Oct. 3, 2023, file photo, a ferry leaves Vessby."),
			    "caption");
	assert_string_equal(R.body, "Ferry crews walked off the job on Tuesday, the union said.");
}

static void
test_not_debris(void **state)
{
	(void)state;
	assert_text("The photographer, Ana Lind, said the crowd grew after noon.");
	assert_text("Photographers were kept behind a barrier at the port.");
	assert_text("Advertisement revenue at the operator fell 12% in the quarter.");
	assert_text("The ministry spent 2 million crowns on an advertisement campaign.");
	assert_text("Share prices of Halden Ferries fell 4% on Tuesday.");
	assert_text("Shares in the operator fell.");
	assert_text("Sign-ups for the union's strike fund doubled, the union said.");
	assert_text("Related costs rose by 3%, the operator said.");
	assert_text("More than 500 crew members walked out.");
	assert_text("Updated figures showed that 400 crew members had joined.");
	assert_text("Published figures put the cost at 2.1 million crowns.");
	assert_text("Credit card payments on board were suspended.");
	assert_text("Image matters, the minister said, and so does pay.");
	assert_text("The union (NFWU) said the walkout would continue.");
	assert_text("(Reporting by the Ledger found that 400 crew members walked out in 2022 as well, "
		    "and that the operator had promised a review of pay which never came.)");
	assert_text("Fuel/food deliveries were delayed.");
	assert_text("Meat/Meal");
	assert_text("Reporting by the Ledger found that 400 crew members walked out in 2022 as well, "
		    "and that the operator had promised a review of pay which never came.");
	assert_text("Follow the money, the union leader told reporters.");
	assert_text("Listen to what the minister said about the strike, the union leader told reporters.");
	assert_text("Print shops in Vessby closed early.");
	assert_text("Cookies and coffee were handed out to the pickets.");
	assert_text("She said the company's photo of the pier was taken in March.");
	assert_text("\xE2\x80\x9CNo.\xE2\x80\x9D");
	assert_text("3.5%");
}

/* An outlet promoting itself among its article's last lines goes; a line
 * naming the outlet as the source of news stays, as does a promotion
 * line in the middle of the text. */
static void
test_outlet_promotion(void **state)
{
	(void)state;
	clean("source: Radio Nordkyst\n\n"
	      "Radio Nordkyst will follow the story through the weekend.\n\n"
	      "The bank said its card systems were working again on Saturday.\n\n"
	      "The bank told Radio Nordkyst that about 700,000 customers were hit.\n\n"
	      "Radio Nordkyst will follow the story through the weekend.\n\n"
	      "Listen to Radio Nordkyst on FM 98.4 or in the app.\n");
	assert_string_equal(R.body, "Radio Nordkyst will follow the story through the weekend.\n\n"
				    "The bank said its card systems were working again on Saturday.\n\n"
				    "The bank told Radio Nordkyst that about 700,000 customers were hit.");
	assert_string_equal(removed_kind("Listen to Radio Nordkyst on FM 98.4 or in the app."),
			    "promotion");
	/* Without a source line nothing names the outlet. */
	clean("Radio Nordkyst will follow the story through the weekend.\n\n"
	      "The bank said its card systems were working again on Saturday.\n");
	assert_int_equal(R.n_removed, 0);
	/* One word of the outlet's name with a cue no news sentence uses. */
	clean("source: Bunyip Valley Examiner\n\n"
	      "Families waited for news on Tuesday night.\n\n"
	      "The Examiner understands the inquiry will start next week.\n\n"
	      "Get the Examiner's morning headlines in your inbox. Sign up here.\n");
	assert_string_equal(R.body, "Families waited for news on Tuesday night.\n\n"
				    "The Examiner understands the inquiry will start next week.");
	assert_string_equal(removed_kind("Get the Examiner's morning headlines in your inbox. Sign up here."),
			    "promotion");
}

static void
test_wrapped_lines_are_not_debris(void **state)
{
	(void)state;
	/* "Read more" continuing a wrapped sentence is text. */
	clean_flags("Islanders said they would\nread more about the dispute in the weekend papers.\n",
		    PX_CLEAN_DEBRIS);
	assert_int_equal(R.n_removed, 0);
	clean_flags("The union urged members to stay calm and\nRead more than the headlines, the leader said.\n",
		    PX_CLEAN_DEBRIS);
	assert_int_equal(R.n_removed, 0);
}

static void
test_datelines(void **state)
{
	struct px_dateline dl;
	static const char a[] = "WASHINGTON (NewsNation) \xE2\x80\x94 Lawmakers met on Tuesday.";
	static const char b[] = "PORT HALDEN, Norland (Reuters) - Crews walked out.";
	static const char c[] = "LONDON, Nov 14 (Wire) - Ferry shares fell.";

	(void)state;
	assert_int_equal(px_dateline_parse(a, strlen(a), &dl), 1);
	assert_int_equal(dl.place_end, strlen("WASHINGTON"));
	assert_memory_equal(a + dl.source_start, "NewsNation", dl.source_end - dl.source_start);
	assert_string_equal(a + dl.end, "Lawmakers met on Tuesday.");
	assert_int_equal(px_dateline_parse(b, strlen(b), &dl), 1);
	assert_memory_equal(b, "PORT HALDEN, Norland", dl.place_end);
	assert_int_equal(dl.place_end, strlen("PORT HALDEN, Norland"));
	assert_memory_equal(b + dl.source_start, "Reuters", 7);
	assert_int_equal(px_dateline_parse(c, strlen(c), &dl), 1);
	assert_int_equal(dl.place_end, strlen("LONDON"));
	assert_memory_equal(c + dl.source_start, "Wire", 4);
	assert_string_equal(c + dl.end, "Ferry shares fell.");
	/* Shapes without a source. */
	assert_int_equal(px_dateline_parse("NEW YORK, March 2 - Shares rose.", 32, &dl), 1);
	assert_int_equal(dl.place_end, 8);
	assert_int_equal(dl.source_end, 0);
	assert_int_equal(px_dateline_parse("(Nordwire) - Crews walked out.", 30, &dl), 1);
	assert_int_equal(dl.place_end, 0);
	assert_int_equal(px_dateline_parse("Washington (CNN) \xE2\x80\x93 Talks resumed.", 36, &dl), 1);
	assert_int_equal(px_dateline_parse("SÃO PAULO (Wire) - Talks resumed.", 34, &dl), 1);
	assert_int_equal(dl.place_end, strlen("SÃO PAULO"));
	/* A colon after the outlet or after a place in capitals. */
	{
		static const char e[] = "Kesarganj, July 15 (NNS): Two people have died.";
		static const char f[] = "KESARGANJ: More than 200 patients were admitted.";
		assert_int_equal(px_dateline_parse(e, strlen(e), &dl), 1);
		assert_memory_equal(e + dl.source_start, "NNS", 3);
		assert_string_equal(e + dl.end, "Two people have died.");
		assert_int_equal(px_dateline_parse(f, strlen(f), &dl), 1);
		assert_int_equal(dl.place_end, strlen("KESARGANJ"));
		assert_string_equal(f + dl.end, "More than 200 patients were admitted.");
		assert_int_equal(px_dateline_parse("Kesarganj: More than 200 patients.", 34, &dl), 0);
		assert_int_equal(px_dateline_parse("UPDATE: Talks resumed.", 22, &dl), 0);
	}
	/* Not datelines. */
	assert_int_equal(px_dateline_parse("NATO - the alliance said.", 25, &dl), 0);
	assert_int_equal(px_dateline_parse("U.S. officials said - x", 23, &dl), 0);
	assert_int_equal(px_dateline_parse("Washington - Talks resumed.", 27, &dl), 0);
	assert_int_equal(px_dateline_parse("The ferry (built in 1990) - x", 29, &dl), 0);
	assert_int_equal(px_dateline_parse("UPDATE - Talks resumed.", 23, &dl), 0);
	assert_int_equal(px_dateline_parse("FILE - In this photo", 20, &dl), 0);
	assert_int_equal(px_dateline_parse("LONDON, 2023 - x", 16, &dl), 0);
	assert_int_equal(px_dateline_parse("", 0, &dl), 0);
	assert_int_equal(dl.end, 0);
}

static void
test_dateline_in_article(void **state)
{
	static const char body[] = "VESSBY, Norland, Nov. 14 (Northern Ledger) \xE2\x80\x93 Ferry services stopped.";

	(void)state;
	clean("Ferry walkout: 400 crew strike over pay\n\n"
	      "VESSBY, Norland, Nov. 14 (Northern Ledger) \xE2\x80\x93 Ferry services stopped.\n");
	assert_string_equal(R.place, "VESSBY, Norland");
	assert_string_equal(R.source, "Northern Ledger");
	/* The dateline stays in the text; offsets say where it is. */
	assert_string_equal(R.body, body);
	assert_int_equal(R.dateline_start, 0);
	assert_string_equal(R.body + R.dateline_end, "Ferry services stopped.");
	/* A source: line wins over the dateline's outlet. */
	clean("source: Halden Herald\n\nPORT HALDEN (Nordwire) - Crews walked out.\n");
	assert_string_equal(R.source, "Halden Herald");
	assert_string_equal(R.place, "PORT HALDEN");
	/* In the second paragraph, after a standfirst. */
	clean("Islands cut off as crews strike.\n\nPORT HALDEN - Crews walked out.\n");
	assert_string_equal(R.place, "PORT HALDEN");
	assert_int_equal(R.dateline_start, strlen("Islands cut off as crews strike.\n\n"));
	/* Without the flag nothing is parsed. */
	clean_flags("PORT HALDEN (Nordwire) - Crews walked out.\n", PX_CLEAN_DEBRIS);
	assert_null(R.place);
	assert_null(R.source);
}

static void
test_paragraphs(void **state)
{
	(void)state;
	/* Blank lines (however many, spaces on them too) make one paragraph break;
	 * trailing spaces go; single newlines stay. */
	clean_flags("\n\n  First line  \nsecond line.\t\n \n\n\t\nNext paragraph. \n\n\n", PX_CLEAN_DEBRIS);
	assert_string_equal(R.body, "First line\nsecond line.\n\nNext paragraph.");
	/* Unicode spaces at the ends of a line are trimmed too. */
	clean_flags("\xC2\xA0" "Crews walked out.\xE2\x80\x83\n", PX_CLEAN_DEBRIS);
	assert_string_equal(R.body, "Crews walked out.");
	/* A removed line between paragraphs breaks them ... */
	clean_flags("The union disagreed.\nAdvertisement\nTalks resume Monday.\n", PX_CLEAN_DEBRIS);
	assert_string_equal(R.body, "The union disagreed.\n\nTalks resume Monday.");
	/* ... but not an ad injected in the middle of a sentence. */
	clean_flags("The minister said the ferry\nAdvertisement\nwould sail on Friday.\n", PX_CLEAN_ALL);
	assert_null(R.title);
	assert_string_equal(R.body, "The minister said the ferry\nwould sail on Friday.");
	/* First-line indents mark paragraphs in some plain-text layouts. */
	clean_flags("    Crews walked out on Tuesday.\nThey want 7%.\n    Talks collapsed on Monday\nafter six hours.\n",
		    PX_CLEAN_DEBRIS);
	assert_string_equal(R.body, "Crews walked out on Tuesday.\nThey want 7%.\n\n"
				    "Talks collapsed on Monday\nafter six hours.");
	/* CR left over at line ends is white space. */
	clean_flags("Crews walked out.\r\n\r\nTalks resume.\r\n", PX_CLEAN_DEBRIS);
	assert_string_equal(R.body, "Crews walked out.\n\nTalks resume.");
}

/* Every kept line of the body is a slice of the input. */
static void
test_kept_lines_are_slices(void **state)
{
	static const char in[] =
		" date 2023-11-14 Crews gather. Photographer: Mila Varga/Nordwire via Halcyon Images\n"
		"Ferry strike leaves Skerry Islands cut off\n\n"
		"PORT HALDEN \xE2\x80\x94 More than 500 crew members walked out on Tuesday,\n"
		"leaving the Skerry Islands without a ferry.   \n\n"
		"Advertisement\n\n"
		"\"We don\xE2\x80\x99t take this step lightly,\" said Aur\xC3\xA9lie Brandt.\n\n"
		"Read more: Ferry operator warns of disruption\n\n"
		"(Nordwire Photo/Ana Lind) The strike is due to end on Thursday.\n";
	const char *p = NULL;

	(void)state;
	clean(in);
	assert_string_equal(R.title, "Ferry strike leaves Skerry Islands cut off");
	p = R.body;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = px_strndup(p, n);
		if (n > 0 && strstr(in, line) == NULL)
			fail_msg("body line not in the input: \"%s\"", line);
		px_free(line);
		p += n;
		while (*p == '\n')
			p++;
	}
	for (size_t i = 0; i < R.n_removed; i++)
		assert_non_null(strstr(in, R.removed[i].text));
	assert_string_equal(R.body,
			    "PORT HALDEN \xE2\x80\x94 More than 500 crew members walked out on Tuesday,\n"
			    "leaving the Skerry Islands without a ferry.\n\n"
			    "\"We don\xE2\x80\x99t take this step lightly,\" said Aur\xC3\xA9lie Brandt.\n\n"
			    "The strike is due to end on Thursday.");
	assert_int_equal(R.n_removed, 5);
}

static void
test_lexicon_layout(void **state)
{
	const char *d = NULL;
	size_t len = 0, i = 0, n = 0;
	char prev[64] = "";

	(void)state;
	assert_int_equal(px_data_get("debris_en.txt", &d, &len), PX_OK);
	while (i < len && d[i] == '#') {
		const char *nl = memchr(d + i, '\n', len - i);
		assert_non_null(nl);
		i = (size_t)(nl - d) + 1;
	}
	assert_int_equal((len - i) % 64, 0);
	for (; i < len; i += 64) {
		const char *tab = memchr(d + i, '\t', 40);
		char phrase[64];
		assert_non_null(tab);
		assert_int_equal(d[i + 63], '\n');
		memcpy(phrase, d + i, (size_t)(tab - (d + i)));
		phrase[tab - (d + i)] = '\0';
		if (n > 0 && strcmp(prev, phrase) >= 0)
			fail_msg("lexicon not sorted: \"%s\" after \"%s\"", phrase, prev);
		memcpy(prev, phrase, sizeof phrase);
		n++;
	}
	assert_true(n > 100);
}

static void
test_public_debris_kind(void **state)
{
	(void)state;
	assert_string_equal(px_clean_debris_kind("  Advertisement \n", 17), "advertisement");
	assert_null(px_clean_debris_kind("Crews walked out.", 17));
	assert_null(px_clean_debris_kind("", 0));
	assert_null(px_clean_debris_kind(NULL, 0));
	/* Two lines are not one line of debris. */
	assert_null(px_clean_debris_kind("Advertisement\nAdvertisement", 27));
	/* Part of a line only: not debris as a whole. */
	assert_null(px_clean_debris_kind("(Nordwire Photo/Ana Lind) Crews walked out on Tuesday.", 54));
}

static void
test_bad_bytes(void **state)
{
	static const char junk[] = "\xff\xfe date 2023-11-14 \x80\x81\n\xc3\n(\n)\n\xe2\x80\n" "Photo:\n(AP Photo/";

	(void)state;
	/* Invalid UTF-8 and odd fragments: no crash, output within the input. */
	clean_flags(junk, PX_CLEAN_ALL);
	assert_true(R.body_len <= sizeof junk);
	clean_flags("(\n", PX_CLEAN_ALL);
	clean_flags("date 2023-11-14", PX_CLEAN_ALL);
	assert_string_equal(R.date, "2023-11-14");
	assert_string_equal(R.body, "");
}

static void
test_long_line(void **state)
{
	size_t n = (size_t)8 << 20, i = 0;
	char *big = malloc(n + 1);
	static const char s[] = "The ferry strike continues. ";

	(void)state;
	assert_non_null(big);
	for (i = 0; i < n; i++)
		big[i] = s[i % (sizeof s - 1)];
	big[n] = '\0';
	clean(big);
	assert_null(R.title);
	assert_int_equal(R.n_removed, 0);
	assert_int_equal(R.body_len, n - 1); /* the final space trimmed */
	free(big);
}


static void
test_alloc_failure_every_n(void **state)
{
	static const char in[] =
		"title: Ferry strike\nsource: Nordwire\n\nBy Ana Lind\n\n"
		"PORT HALDEN (Nordwire) - Crews walked out.\n\nAdvertisement\n\nRead more: x\n";
	struct px_allocator fa = {failing_alloc, failing_realloc, plain_free, NULL};
	struct px_clean_result r;
	long n = 0;
	int ok = 0;

	(void)state;
	px_clean_result_release(&R);
	px_set_allocator(&fa);
	for (n = 1; n < 200 && !ok; n++) {
		px_status st;
		alloc_count = 0;
		fail_at = n;
		st = px_text_clean(in, sizeof in - 1, PX_CLEAN_ALL, &r);
		if (st == PX_OK) {
			ok = 1;
			assert_string_equal(r.title, "Ferry strike");
		} else {
			assert_int_equal(st, PX_ENOMEM);
			assert_null(r.body);
			assert_int_equal(r.n_removed, 0);
		}
		px_clean_result_release(&r);
	}
	px_set_allocator(NULL);
	assert_true(ok);
}

static int
teardown(void **state)
{
	(void)state;
	px_clean_result_release(&R);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_caption_above_headline, teardown),
		cmocka_unit_test_teardown(test_scraped_header, teardown),
		cmocka_unit_test_teardown(test_page_chrome, teardown),
		cmocka_unit_test_teardown(test_wire_chrome, teardown),
		cmocka_unit_test_teardown(test_metadata_banners, teardown),
		cmocka_unit_test_teardown(test_metadata_more_keys, teardown),
		cmocka_unit_test_teardown(test_raw_is_identity, teardown),
		cmocka_unit_test_teardown(test_metadata_lines, teardown),
		cmocka_unit_test_teardown(test_metadata_only_leading_and_core, teardown),
		cmocka_unit_test_teardown(test_bare_date_line, teardown),
		cmocka_unit_test_teardown(test_caption_then_text_on_date_line, teardown),
		cmocka_unit_test_teardown(test_title_detection, teardown),
		cmocka_unit_test_teardown(test_title_metadata_wins, teardown),
		cmocka_unit_test_teardown(test_bylines, teardown),
		cmocka_unit_test_teardown(test_debris_kinds, teardown),
		cmocka_unit_test_teardown(test_captions_and_credits, teardown),
		cmocka_unit_test_teardown(test_related_links, teardown),
		cmocka_unit_test_teardown(test_wire_credit, teardown),
		cmocka_unit_test_teardown(test_credit_sharing_a_line, teardown),
		cmocka_unit_test_teardown(test_not_debris, teardown),
		cmocka_unit_test_teardown(test_wrapped_lines_are_not_debris, teardown),
		cmocka_unit_test_teardown(test_outlet_promotion, teardown),
		cmocka_unit_test_teardown(test_datelines, teardown),
		cmocka_unit_test_teardown(test_dateline_in_article, teardown),
		cmocka_unit_test_teardown(test_paragraphs, teardown),
		cmocka_unit_test_teardown(test_kept_lines_are_slices, teardown),
		cmocka_unit_test_teardown(test_lexicon_layout, teardown),
		cmocka_unit_test_teardown(test_public_debris_kind, teardown),
		cmocka_unit_test_teardown(test_bad_bytes, teardown),
		cmocka_unit_test_teardown(test_long_line, teardown),
		cmocka_unit_test_teardown(test_alloc_failure_every_n, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
