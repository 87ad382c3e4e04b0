#!/usr/bin/env node
// `make test-size`: the size ratchet. Sums the gzip -9 bytes of every file the story page
// transfers on a first load (tests/bench/story-files.js: the page, its style, scripts,
// wasm, data, favicon and the 26 light SVG fallbacks a 1280 px window fetches), from the
// files in dist/, and fails when the total grows past tests/bench/size-budget.json.
//
// The editor's wasm has a cap of its own (issue 21: at most 400 KB gzip); so has the
// drafter's, which the editor loads when the desk first pastes a text or adds a number (a
// little above its 275,484 bytes gzip once it stopped carrying the reader's `Charts`, so
// that it does not grow back unseen). The publisher's wasm, which the editor loads only
// when the desk publishes, is reported beside them.
//
// usage: node tests/bench/size.js [DIST]        check against the budget
//        node tests/bench/size.js [DIST] --set  write the current total, rounded up to
//                                               the next KiB, as the new budget
//        node tests/bench/size.js [DIST] --wasm print every wasm's size as the caps count
//                                               it, with the room left (`make build`'s
//                                               last line; never fails)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { measureFiles } = require('./story-files');

const BUDGET = path.join(__dirname, 'size-budget.json');
const KEY = 'story_page_gzip_bytes';
// Lowered from issue 21's 400,000 on 2026-12-06 (s21k), to what the editor's wasm was
// once it stopped naming pasted reports itself (308,985 B here, from 398,335): report_slug,
// the one export that read a place's pinyin, moved to the drafter's wasm, and with it the
// pinyin crate's tables (about 145 KB raw), which no other export of the editor reads.
// A little room above it; raise it, with the reason, when a feature needs more.
// Raised to 327,000 on 2026-12-06 (evening, int13: 325,259 B), for issue 18's checks the
// editor runs on every keystroke: a subtitle's and a note's numbers (s18ae), a title that
// names a relabelled figure (s18ae), one indicator printed with two values and every value
// of the wrong type listed (s18ai), and the draft's rules it shares (tables, s18aj; a
// mark passed, a count among a pool, a change's basis and period, s18ah; units, s18ag).
// Raised to 338,000 on 2026-12-06 (night, int15: 337,165 B, +11.8 KB on int13's), for what
// the editor shares with the draft and the check: a text pasted from a PDF (contents, lines
// wrapped at any width, numbers cut by a break, datelines, footnotes; s18ap), a budget
// report's execution ratios, plans and 累计 (s18aq), a narrower place across ；, list
// labels and plan charts (s18am), every problem's line in the file (s18an, 1.6 KB alone)
// and a change's qualifier, a title naming a cut label and a subtitle's unit (s18ar,
// 1.6 KB alone).
// Raised to 343,500 on 2026-12-07 (int16: 342,096 B before s18bd's merge, +4.5 KB on
// 337,613), for the checks and draft rules of issue 18 that the editor shares: a title that
// prints a unit or qualifier its figure no longer has and problem lines from the file as
// typed (s18av, 1.3 KB), a title whose words name no label of its chart and the place field
// (s18bb), targets and plans in a paper's story (s18ax), a fact box and list markers
// (s18ay), rules made general by paraphrase (s18aw), plan ratios and a place governing its
// clauses (s18au), a headline as the title and the text's own place (s18bc). Each branch
// alone stayed near the old cap; merged, they did not. Then to 345,000 (344,552 B in the
// clean run of the final int16): s18bd's whole-first lead, closing sections and 上年 labels.
// Then to 346,500 (s18bh: 345,926 B, +1,381 on main's 344,545 built the same way): the
// lines the outline leaves out kept with their numbers as `page` skips that `check`
// counts, 今年 that names no plan alone, a line under a numbered heading kept as text, a
// figure's 截至 date as its period, an office's head as the speaker and the meeting's
// place, a paper's closing source line (tester s-test16 C3, H1, H6, M1, M3).
// And to 350,000 on 2026-12-07 (int17: 348,517 B after the merges of s18bf, s18be,
// s18bi, s18bh, s18bj and s18bg, each within or just over the cap alone; their sum
// +3,972 B over main 757618d's 344,545): the title a chart was written for, kept in the
// file (title_for), the default title and plural forms in the editor, and the draft rules
// of the fifth and sixth testers' texts, which the editor shares (periods, plan years,
// labels, skips of page lines). Some 1,500 B of room, so that one more rule of the draft
// does not turn main red; raise it with the reason when a feature needs more.
// Then to 353,500 (s18bp: 353,120 B, +3,686 on int18's 349,434): the editor's 问题 list
// and `check`'s warnings made one list (edit::desk::review::warnings), so the editor now
// carries the advice on charts it never showed (too many cards, a figure on two charts, a
// lone panel, a dropped decimal, a small count on a card) with their messages in both
// languages, and names figures by label and charts by title. Most of it is inlined into
// the session's one read (`twiggy`-style sizes of a `wasm-opt -g` build); nothing there
// was a copy to share instead.
// And by s18bo (alone 351,500: 350,543 B in make build; +1,107 B over main 84172e4,
// 349,428 →
// 350,535 B built with the same commands outside make): a year's result and next year's
// goal in one sentence (a goal's clause that opens
// a year of its own, a goal named by the figure before it, 今年 of the sentence's own
// review), levels listed in a label, a deed undone held on every path and a title run
// into a one-line text (issue 18 §1 and §3). Main's own room had fallen to 572 B.
// And by s18bs (alone 351,500: 350,798 B, +1,364 on int18's 349,434 built the
// same way): s-test18's rules the editor shares with the draft and the check (an amount
// restated in brackets, a contribution's subject, marks passed in turn, a bound met in the
// review, a rate printed with its sign, and the warning on one English label twice).
// All three merged in int19 (2026-12-07), with s18br (a news story's and a bulletin's
// furniture: captions, decks, headlines over a date line, 本报讯, bylines, an issuer's
// closing): 358,825 B, +9,391 over int18's 349,434; then s18bt (goals of later years,
// spans of years, 有望), s18bu (a range's both ends in the CSV) and s18bv (titles the
// check accepts): 359,506 B. Then s18ca (s-test20: a WeChat 图解 read as rows, a
// narrower place's run of clauses, a pull left unread, a horizon no 今年, a part row of a
// product table): 360,951 B, +1,445. The cap is 361,500. The editor shares
// the draft's reader; splitting the draft's rules out of the editor's wasm (the drafter's
// wasm already drafts a pasted report) is what would bring it down.
// Then s18bx (+1,413 alone): the words a chart keeps whole (ChartSpec.keep, the preview's
// wrap, the resolver's glossary) and the dateline of the shape 本报PLACE DAY电 that the
// editor's text shares with the draft. Together, in int20, with the rules of rounds 54 and
// 55 (s18by, s18bz) and the labels and periods of s18bw: 369,200 B, +9,694 over 359,506
// (the editor shares the draft's sentence reader, for the text's marks). The cap is
// 370,000.
// Lowered to 294,600 on 2026-12-07 (s18cf: 291,678 B, −77,345 on 369,023): the marks no
// longer read each line with the draft's sentence reader for the reason the draft would
// skip an undecided number; the editor asks the drafter's wasm for that reason when the
// desk opens the number (skip_reason, src/edit/drafter.rs), so that the editor's wasm
// links neither the reader (`Session::set_text` retained 167,693 B raw in a `wasm-opt -g`
// build, 52,955 after: the outline the text pane needs at once) nor the glossaries it
// reads with (about 40 KB raw of data). Draft rules no longer grow it. Some 1% of room:
// raise it, with the reason, when a feature of the editor needs more.
// Then the merge of 2026-12-07 (int21): 296,959 B, +5,281: check's new guards (a plan kept
// as a result, two figures a chart cannot tell apart, bars of several years beside one),
// 添加为数字 proposing what the sentence says, and the outline's bylines and subheads.
// These are the editor's own features, not draft rules; 300,000 keeps ~1% of room.
// Then the merge of 2026-12-07 evening (int22): 300,027 B, +3,068: the text pane shows
// every pasted line, the draft's left-out lines (datelines, bylines) in place with their
// numbers marked skipped (s18cp, E8), the status field named in the problems list, and
// the outline's new heading shapes (s18cq). The editor's own features again; the cap is
// 303,000, ~1%.
// Then s18cy (2026-12-07): 303,181 B, +3,154: 发布 refused while a figure holds a number
// its sentence does not print, naming the figure, the number and the sentence's own (the
// sentence's number found by its unit, both languages), and check reading a title's
// 拉动…增长 as a pull (tester s-test24 F1, F7). The editor's own guards; the cap is
// 304,000 (~0.3% of room left: the next raise should look for bytes to cut first).
// Then the merge of 2026-12-07 night (int23): 304,055 B, +874 over s18cy alone: the
// outline's new leftovers (a page's copyright line, a bulletin's signing office, a
// byline's 来源 field: the text pane shows them as the draft reads them) and the advice
// flagging a change drawn again on a second growth chart (s18cw). No bytes were looked
// for to cut this time (the raise s18cy's note asked to try first): the next raise
// should. The cap is 306,000, ~0.6% of room.
// Then the merge of 2026-12-08 night (int24): 309,847 B, +5,792: check and the editor
// refuse a number its sentence does not print through one reading (check::validate::
// unprinted, s18dd), the count of numbers to decide shared with check (s18dd, s19z),
// figures of a yearly average (yearly, s18de), and bounds carried to the chart items
// (s19aa) - the editor's own guards again. No bytes were cut (the second raise without);
// the cap is 312,500, ~0.9% of room.
const EDITOR_CAP = 312_500;
// Raised from 280,000 on 2026-12-06: issue 18's rules of that day (units with a slash,
// periods of other years and month ends, bounds, 比年初) took the drafter to 284,096 B.
// Raised from 290,000 later that day, to what five branches took it to together once
// merged (295,756 B on int9; each alone, from 289,182 B):
// - rounds 36-38 (the ways an amount meets its change, 37 units of the national
//   statistics, levels after a list of changes): 289,182 -> 290,838 B alone, of which
//   moving the glossaries' prose out of the compiled files saved 783 B;
// - drafted charts grouped by topic and the change kind `reduced`: 290,491 B alone, after
//   their own code was cut by 390 B;
// - pasted tables kept as rows, spaces between numbers kept, a page's subheads, datelines
//   and leftovers, the meeting's province, the sentence's verb of a growth or a decline:
//   291,268 B alone;
// - a growth printed with a minus sign read and printed with the text's sign: 290,414 B
//   alone; and the reach of goal words and periods (tester s10, findings 1-7).
// Raised again on 2026-12-06 (afternoon) to 306,000, to what that day's draft branches
// took it to together once merged (304,697 B on int10): labels that end where the words
// of their number begin and a change's English from its verb's glossary (s18t); a quote
// that restates a figure, and a 今年 goal's year from the page's date line (s18u, which
// cut its own code by 2.1 KB); a rate named by 增长率, later clauses' future years,
// periods of change-only figures (s18v); labels from the figure before, datelines, 来源
// lines and 其中 items on one chart (s18w). The drafter is the desk's, loaded when a text
// is first pasted; the reader never loads it.
// And to 308,000 once s18x and s18y joined them (306,828 B on int11): a goal sentence's
// later clauses, the report's year read past a change's base year, a five-year period
// reaching a reported list (s18x); 环比 as a basis, a from-to level's printed years, a
// headline over a 来源 line (s18y).
// And to 309,500 on 2026-12-06 (evening; 308,970 B): the JSON parser's detail said in
// Chinese (messages::parser, +1.5 KB), which the drafter carries with the data check that
// every draft passes before the desk sees it.
// And to 312,000 for whose a number is (s18ad, issue 18: a speaker's own unit, a
// narrower place's official, a named narrower place before an indicator, as skips of
// reason other-subject) with a target's English verb, a unitless ratio's reason and a
// part's label: 306,597 B at 2650023, 311,218 B with them (measured one after the other).
// And to 322,000 once the evening's branches were merged (320,639 B on int12): the parser's
// Chinese (above), whose a number is (s18ad, above), skips of a session's own counts and
// restated quotes, targets titles (s18z), a part's whole and ‰ rates (s18aa), not-figure,
// unit and split shapes (s18ab), revised values, from-to levels and PDF pastes (s18ac).
// The editor, which carries the same rules, is at 398,311 of its 400,000.
// And to 335,000 (333,831 B on int13): the pinyin of a pasted report's name, moved here
// from the editor (s21k, +2 KB after the reader's wasm-opt flags), a statistical
// bulletin's tables read by their header (s18aj), 62 units as official statistics print
// them and 分别 lists' shapes (s18ag), and s18ah's and s18af's rules (above).
// And to 344,500 (343,700 B on int15, +9.9 KB): the same night's draft rules (s18ap PDF
// pastes, s18aq budget reports and 累计, s18am places and list labels, s18an problem
// lines; see the editor's cap above).
// And to 345,000 (344,655 B on s18ax, +970 B over main's 343,685 built the same way): a
// list of goals over its items, 要/提出/完成 in a plan's sentence, a headline over the
// text and a verb of aiming alone (s18ax, issue 18, tester s-test15 C1–C3); the editor
// went 337,165 → 337,825 B, under its cap. Out-of-line passes (#[inline(never)]) made
// it larger here (344,871 B).
// And to 352,000 (350,436 B on int16 before s18bd's merge): the same branches as the
// editor's cap above; s18bc's headline title and subject place alone +1.7 KB. Then to
// 353,000 (352,552 B in the clean run of the final int16): s18bd, as the editor's.
// And to 354,000 (353,712 B on s18bf, +1,159 B over main's 352,553 built the same way):
// a count of 今年 without a goal word left for the desk in a story of the plan year, a
// goal word governing from its own place on, and a target beside last year's result
// worded with 城镇 (issue 18, tester s-test15's leftovers); the editor went 344,545 →
// 344,585 B, under its cap. An out-of-line pass (#[inline(never)]) made it larger here
// too (353,896 B).
// The same 354,000 also takes s18be (353,067 B on s18be alone, +514 B over main's 352,553
// built the same way, with
// the Makefile's flags): numbers that are no figure, by paraphrase (issue 18 §2: lengths
// of campaigns and holidays, ages that bound a group, periods of rates, times within,
// counts after 以下; src/draft/lengths.rs).
// Then to 355,000 (s18bh: 354,585 B, +2,032 on main's 352,553 built the same way): the
// same rules as the editor's cap above.
// And s18bj (353,444 B on s18bj alone, +1,223 B over main's 352,221 built the same way;
// the editor went 340,243 -> 341,479 B, under its cap): labels that name what is counted
// (verbs of aiming and agencies before a subject, a year reached, 涉及金额, a 共计 list,
// 单位 after its verb, a projects' 总投资, what was not done), a whole never a bar beside
// its parts, and the English of 户 of businesses (issue 18 §3, tester s-test16 H2-H7).
// And s18bg (353,323 B on s18bg alone, +1,102 B over main's 352,221 B in target/site-
// assets,
// built with the same flags): a year a sentence opens with governing its clauses, a plan's
// goals and a plan outline's base year (s18bg, issue 18, tester s-test16 C1–C2). The
// editor's went 340,243 → 340,473 B, under its cap.
// All of that together, merged in int17 on 2026-12-07: 360,027 B (+7,474 B over main
// 757618d's 352,553), so the cap is 361,500, some 1,500 B of room for the same reason
// as the editor's.
// Then int18 (2026-12-07): 365,029 B, +5,002 B over a5c2800's 360,027, for a plan's
// flattened table of indicators read into figures (src/draft/sentence/plan_row.rs and
// plan_figures.rs, s18bn, tester s-test16 M2) and labels left to the desk when they name
// only a finding, a deed not done, or 首次/新增 (s18bl). The cap is 366,500: the same
// room of some 1,500 B.
// Then int19 (2026-12-07): 369,696 B, +4,667 over int18's 365,029: a year's result and
// next year's goal in one sentence and levels in a label (s18bo), an amount restated in
// brackets, contributions, marks passed, bounds met in a review, signed rates (s18bs), and
// a news story's and a bulletin's furniture (s18br; tester s-test18); then goals of later
// years and spans of years (s18bt) and titles the check accepts (s18bv; tester s-test19):
// 371,345 B, +6,316 over int18. Then s18ca (s-test20: a WeChat 图解 read as rows, a
// narrower place's run of clauses, a pull left unread, a horizon no 今年, a part row of a
// product table): 373,364 B, +2,019; s18bx (+1,334 alone): the lead's order of headlines
// (data/glossary/headline.txt), the English of a comparison's reference and check's
// warning where it has none, and the dateline 本报PLACE DAY电; s18by, s18bw, s18bz (rules
// of rounds 54 and 55). Together, in int20: 382,090 B, +10,745 over 371,345. The cap is
// 383,000.
// Then s18cd (round 56: four conventions of the truth lists read by the draft: a plan's
// count of its indicators, policies known by their count, a mark before the level, the
// first past a threshold): 383,731 B, +1,641. The cap is 384,000.
// Then s18cf (2026-12-07): 384,320 B, +593, for the one export the editor now asks when
// the desk opens an undecided number, the reason the draft would skip it for
// (skip_reason), which took the draft's sentence reader out of the editor's wasm (above:
// −77,345 B there). The drafter is where the draft's rules grow from now on: the cap is
// 388,200, some 1% of room, as the editor's.
// Then the merge of 2026-12-07 (int21): 394,773 B, +10,453: rounds 58-59 (the State
// Council's reports: headings between blank lines, zero-width spaces, magnitudes, budget
// arrangements, a five-year plan's years from the report's own) and three testers' fixes
// (plan and actual, five years and one year, 同比 and 环比, a target's 上年, bylines,
// ratios) - the draft's rules, which grow here now. The cap is 398,800, ~1% of room.
// Then the merge of 2026-12-07 evening (int22): 406,915 B, +12,142: rounds 62-65 (the
// State Council's reports of 2006-2025: budgets on last year's budget, 万多亿, rate
// nouns, headings of older reports, a nation named by its people, periods named in a
// heading; testers' fixes: a change since a named year, from-to with years, labels and
// bounds) and the export the editor's worker asks
// for why each undecided number is so (undecided_whys, s18cp) - the draft's rules and
// the drafter's own export. The cap is 411,700, ~1% of room.
// Then the merge of 2026-12-07 night (int23): 412,336 B, +5,421: rounds 66-68 (numbers
// inside a label or a condition, set_counts.rs; the State Council's changes, units and
// splits: a change closed by 高/低/多/少 on a time, spans in words, 分别净减少) and s18cw's
// chart rules (titles by the paragraph's lead, no bound as a bar) - the draft's rules.
// The cap is 416,500, ~1% of room.
// Then the merge of 2026-12-08 night (int24): 421,235 B, +8,899: rounds 70-73 (the State
// Council's counts and budgets, marks passed in a list, 达, 1-11月 across a semicolon,
// 经营主体 in English; 年均 amounts, levels reached of the report's year, page jumps, the
// deck; labels that are no verb or cut word) and the bars rule for open-ended bounds
// (s19aa) - the draft's rules. The cap is 425,500, ~1% of room.
const DRAFTER_CAP = 425_500;

/** The editor's and the drafter's wasm against their caps: 0 when within, 1 over, 2 when one is missing. */
function editorCheck(dist) {
  const gz = (name) => {
    const file = path.join(dist, 'pkg', name);
    return fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : null;
  };
  const editor = gz('report_charts_editor_bg.wasm');
  const drafter = gz('report_charts_draft_bg.wasm');
  const publisher = gz('report_charts_publish_bg.wasm');
  for (const [wasm, name] of [[editor, 'report_charts_editor_bg.wasm'], [drafter, 'report_charts_draft_bg.wasm']]) {
    if (wasm === null) {
      console.error(`test-size: dist has no pkg/${name}`);
      return 2;
    }
  }
  const said = `the editor's wasm is ${editor} bytes gzip, cap ${EDITOR_CAP}; the drafter's ${drafter}, cap ${DRAFTER_CAP}; the publisher's (loaded for 发布) ${publisher ?? 'missing'}`;
  if (editor > EDITOR_CAP || drafter > DRAFTER_CAP) {
    console.error(`test-size: FAILED: ${said}`);
    return 1;
  }
  console.log(`test-size: ok: ${said}`);
  return 0;
}

/** Every wasm of dist/ in raw and zlib gzip -9 bytes, the measure of the caps above. */
function wasmReport(dist) {
  const pkg = path.join(dist, 'pkg');
  // Each file read and compressed once: its raw and gzip bytes, and the room under a cap.
  const size = (name, cap) => {
    const file = path.join(pkg, name);
    if (!fs.existsSync(file)) return 'missing';
    const bytes = fs.readFileSync(file);
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    const said = `${bytes.length} bytes, ${gzip} gzip`;
    if (cap === undefined) return said;
    const left = cap - gzip;
    return left >= 0 ? `${said}, ${left} B under its cap ${cap}` : `${said}, OVER its cap ${cap} by ${-left} B`;
  };
  const reader = fs.existsSync(pkg) ? fs.readdirSync(pkg).find((f) => /^report_charts_bg\..*wasm$/.test(f)) : null;
  console.log(
    `wasm (gzip -9 as make test-size counts it): reader ${reader ? size(reader) : 'missing'}; ` +
      `with the register kinds ${size('report_charts_register_bg.wasm')}; ` +
      `editor ${size('report_charts_editor_bg.wasm', EDITOR_CAP)}; ` +
      `drafter ${size('report_charts_draft_bg.wasm', DRAFTER_CAP)}; ` +
      `publisher ${size('report_charts_publish_bg.wasm')}`,
  );
  return 0;
}

function main() {
  const args = process.argv.slice(2);
  const set = args.includes('--set');
  const dist = args.find((a) => !a.startsWith('--')) || path.join(__dirname, '..', '..', 'dist');
  if (args.includes('--wasm')) return wasmReport(dist);
  const m = measureFiles(dist);
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const types = Object.entries(m.byType)
    .filter(([, v]) => v.count)
    .map(([t, v]) => `${t} ${v.gzip} (${v.count})`)
    .join(', ');
  const total = m.total.gzip;
  if (set) {
    const budget = Math.ceil(total / 1024) * 1024;
    fs.writeFileSync(BUDGET, `${JSON.stringify({ [KEY]: budget }, null, 2)}\n`);
    console.log(`story page: ${total} bytes gzip in ${m.total.count} files; budget set to ${budget} bytes in ${path.relative(process.cwd(), BUDGET)}`);
    return 0;
  }
  let budget;
  try {
    budget = JSON.parse(fs.readFileSync(BUDGET, 'utf8'))[KEY];
  } catch (e) {
    console.error(`test-size: cannot read ${KEY} from ${BUDGET}: ${e.message}`);
    return 2;
  }
  if (!Number.isFinite(budget)) {
    console.error(`test-size: ${BUDGET} has no number "${KEY}"`);
    return 2;
  }
  if (total > budget) {
    console.error(`test-size: FAILED: the story page transfers ${total} bytes gzip (${kib(total)}), over its budget of ${budget} bytes (${kib(budget)}) by ${total - budget} bytes.`);
    console.error(`  by type: ${types}`);
    console.error('  largest files (gzip bytes):');
    for (const r of [...m.rows].sort((a, b) => b.gzip - a.gzip).slice(0, 6)) console.error(`    ${String(r.gzip).padStart(8)}  ${r.file}`);
    console.error(`  Make it smaller, or if the growth is worth it, raise "${KEY}" in tests/bench/size-budget.json`);
    console.error('  (`node tests/bench/size.js --set` writes the current total rounded up to the next KiB) and say why in the commit.');
    return 1;
  }
  console.log(`test-size: ok: the story page transfers ${total} bytes gzip (${kib(total)}) in ${m.total.count} files, budget ${budget} bytes (${budget - total} to spare); ${types}`);
  return editorCheck(dist);
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`test-size: ${e.message}`);
  process.exitCode = 2;
}
