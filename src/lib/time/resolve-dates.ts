/**
 * Finds the temporal expressions of an Arabic news text and resolves each against the
 * publication date: relative days (اليوم، أمس، غداً، البارحة), weekdays (الخميس، يوم الأربعاء
 * الماضي، الجمعة المقبلة), "the Nth of last/this month" (الـ 23 من الشهر الماضي), explicit dates
 * (3 كانون الأول 2022، 3 ديسمبر 2022، 2022.12.03، 03/12/2022) and the ranges last/this/next
 * week, month and year (الأسبوع الماضي → "2022-11-26/2022-12-02").
 *
 * Conventions, chosen for past-tense news:
 * - The publication day is the calendar date in the publication's own time zone: the date written
 *   in `publishedIso` ("2022-12-03T01:30:00+03:00" is 3 December, although it is 2 December in UTC).
 * - A bare weekday is the most recent such day strictly before publication; with المقبل/القادم
 *   the first one after it. Only اليوم names the publication day itself ("اليوم السبت").
 * - A day and month without a year take the year that puts the month nearest to publication.
 * - Weeks start on Saturday (`weekStartsOn: 6`), as on Syrian and Egyptian calendars.
 * - Spans leave out an attached و/ف/ب and the preposition في, as place mentions do; they keep
 *   يوم and the modifier ("يوم الأربعاء الماضي").
 * - Where two expressions overlap the longer wins, so "الشهر الماضي" inside "الـ 23 من الشهر
 *   الماضي" is not a second, separate range. An impossible date (31 شباط) still wins its span, so
 *   no shorter reading of it (شباط 2022) is annotated instead: it yields nothing.
 *
 * @example resolveDates('والخميس، أعلنت قسد', '2022-12-03T11:14:00+03:00')
 * // [{ start: 1, end: 7, quote: 'الخميس', value: '2022-12-01', kind: 'date' }]
 */
import { daysInMonth, MONTH_PATTERN, monthOf } from './months';
import { foldForDates, originalSpan } from './normalise-digits';
import {
	dayNumber,
	isoDay,
	nearestWeekday,
	WEEKDAY_PATTERN,
	weekdayOf,
	weekdayOfDay
} from './weekdays';

export interface ResolvedDate {
	/** UTF-16 offsets into the original text, end exclusive. */
	start: number;
	end: number;
	quote: string;
	/** 'YYYY-MM-DD', or an ISO 8601 interval 'YYYY-MM-DD/YYYY-MM-DD' (both days included). */
	value: string;
	kind: 'date' | 'range';
}

export interface ResolveOptions {
	/** First day of the week for الأسبوع الماضي/الجاري/المقبل: 0 = Sunday … 6 = Saturday. */
	weekStartsOn?: number;
}

export interface PublicationDay {
	year: number;
	month: number;
	day: number;
	/** Days since 1970-01-01. */
	dayNumber: number;
}

const ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The calendar day of publication in the publication's own time zone.
 *
 * @example publicationDay('2022-12-03T01:30:00+03:00') // { year: 2022, month: 12, day: 3, … }
 */
export function publicationDay(publishedIso: string): PublicationDay {
	const m = ISO.exec(publishedIso.trim());
	const year = Number(m?.[1]);
	const month = Number(m?.[2]);
	const day = Number(m?.[3]);
	if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		throw new RangeError(
			`resolveDates: "${publishedIso}" is not an ISO date-time such as 2022-12-03T11:14:00+03:00`
		);
	}
	return { year, month, day, dayNumber: dayNumber(year, month, day) };
}

/** The day words 1–31 as ordinals (الأول … الحادي والثلاثين), folded. */
const UNITS = [
	'الاول',
	'الثاني',
	'الثالث',
	'الرابع',
	'الخامس',
	'السادس',
	'السابع',
	'الثامن',
	'التاسع'
];
const ORDINALS = new Map<string, number>();
UNITS.forEach((u, i) => ORDINALS.set(u, i + 1));
ORDINALS.set('العاشر', 10);
for (const [tens, value] of [
	[['العشرين', 'العشرون'], 20],
	[['الثلاثين', 'الثلاثون'], 30]
] as const) {
	for (const t of tens) ORDINALS.set(t, value);
}
for (let n = 1; n <= 9; n++) {
	const units = n === 1 ? ['الحادي', 'الواحد'] : [UNITS[n - 1]];
	for (const u of units) {
		ORDINALS.set(`${u} عشر`, 10 + n);
		for (const tens of ['العشرين', 'العشرون']) ORDINALS.set(`${u} و${tens}`, 20 + n);
		if (n === 1) for (const tens of ['الثلاثين', 'الثلاثون']) ORDINALS.set(`${u} و${tens}`, 31);
	}
}
const ordinalKey = (s: string) => s.replace(/\s+/g, ' ').replace(/ و\s*/g, ' و');
const ORDINAL_PATTERN = [...ORDINALS.keys()]
	.sort((a, b) => b.length - a.length || a.localeCompare(b))
	.map((k) => k.replace(/ و/g, '\\s+و\\s*').replace(/ /g, '\\s+'))
	.join('|');

/** The day of the month an ordinal day word stands for (الثالث والعشرين → 23); else undefined. */
export function ordinalDay(words: string): number | undefined {
	return ORDINALS.get(ordinalKey(foldForDates(words).text.trim()));
}

// Pattern pieces, on the folded text (see foldForDates): أ/إ/آ → ا, ة → ه, ى → ي, no tatweel.
const PAST = 'الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته';
const NEXT = 'المقبل|المقبله|القادم|القادمه';
const CURRENT = 'الجاري|الجاريه|الحالي|الحاليه';
const MONTH = `(?<mon>${MONTH_PATTERN})(?:\\s*[/(]\\s*(?<mon2>${MONTH_PATTERN})\\s*\\)?)?`;
const YEAR_WORD = '(?:(?:ال)?عام|(?:ال)?سنه)';
const DAY = `(?:(?:ال\\s*)?(?<dd>\\d{1,2})|(?<ord>${ORDINAL_PATTERN}))`;
const RELATIVE_MONTH = `(?:(?:هذا|هذه)\\s+الشهر|الشهر\\s+(?<rel>${PAST}|${NEXT}|${CURRENT}))`;
const MODIFIER = `${PAST}|${NEXT}|${CURRENT}`;
/** After a month: a year (2022، عام 2022، من العام الماضي) or a modifier (كانون الأول الماضي). */
const YEAR_PART = `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:${YEAR_WORD}\\s*)?(?<y>\\d{4})|\\s+(?:من\\s+)?(?<yrel>(?:العام|السنه)\\s+(?<ymod>${MODIFIER})|(?:هذا|هذه)\\s+(?:العام|السنه))|\\s+(?<mod>${MODIFIER}))`;
const WEEKDAY_LEAD = `(?:يوم\\s+)?(?:${WEEKDAY_PATTERN})\\s*[،,]?\\s*(?:الموافق\\s+)?`;

type Groups = Record<string, string | undefined>;
type Value = { value: string; kind: 'date' | 'range' };

interface Context {
	pub: PublicationDay;
	weekStartsOn: number;
	/** The folded text and where the expression's core starts and ends in it. */
	folded: string;
	start: number;
	end: number;
}

/**
 * A rule resolves a match to a value; to `null` when it is a date expression that names no real
 * day (31 شباط: it still claims its span); to `undefined` when the match is not a date at all.
 */
interface Rule {
	name: string;
	core: string;
	/** A single day, so it may be led by its weekday ("الخميس 1 ديسمبر 2022"). */
	singleDay?: true;
	resolve: (g: Groups, ctx: Context) => Value | null | undefined;
}

const date = (day: number): Value => ({ value: isoDay(day), kind: 'date' });
const range = (from: number, to: number): Value => ({
	value: `${isoDay(from)}/${isoDay(to)}`,
	kind: 'range'
});

function calendarDay(year: number, month: number, day: number): number | null {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return dayNumber(year, month, day);
}

function shiftMonth(year: number, month: number, delta: number) {
	const index = year * 12 + (month - 1) + delta;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function monthRange(year: number, month: number): Value {
	return range(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)));
}

/** The year that puts `month` nearest to the publication month (the earlier one on a tie). */
function nearestYear(pub: PublicationDay, month: number): number {
	const now = pub.year * 12 + pub.month;
	let best = pub.year - 1;
	for (const y of [pub.year, pub.year + 1]) {
		if (Math.abs(y * 12 + month - now) < Math.abs(best * 12 + month - now)) best = y;
	}
	return best;
}

const IS_NEXT = new RegExp(`^(?:${NEXT})$`);
const IS_CURRENT = new RegExp(`^(?:${CURRENT})$`);

/** -1 for الماضي and its synonyms (and for no modifier), 0 for الجاري/الحالي, 1 for المقبل/القادم. */
function direction(modifier: string | undefined): -1 | 0 | 1 {
	if (modifier === undefined) return -1;
	if (IS_NEXT.test(modifier)) return 1;
	if (IS_CURRENT.test(modifier)) return 0;
	return -1;
}

/** The month named by the groups mon/mon2; null when two names disagree (كانون الأول/نوفمبر). */
function namedMonth(g: Groups): number | null {
	const m = monthOf(g.mon ?? '');
	const m2 = g.mon2 === undefined ? m : monthOf(g.mon2);
	return m !== undefined && m === m2 ? m : null;
}

function dayOfMonth(g: Groups): number | null {
	if (g.dd !== undefined) return Number(g.dd);
	return ordinalDay(g.ord ?? '') ?? null;
}

function weekRange(pub: PublicationDay, weekStartsOn: number, delta: number) {
	const start = pub.dayNumber - ((weekdayOfDay(pub.dayNumber) - weekStartsOn + 7) % 7) + 7 * delta;
	return { start, end: start + 6 };
}

// "اليوم" that is not today: اليوم العالمي، اليوم التالي، اليوم الأول، ذلك اليوم، اليوم الذي …
const NOT_TODAY_AFTER =
	/^\s+(?:ال(?:عالمي|وطني|دولي|تالي|سابق|اول|ثاني|ثالث|رابع|خامس|اخير|موعود|ذي)|الذي|التي|نفسه|ذاته)(?![\p{L}\p{N}])/u;
const NOT_TODAY_BEFORE = /(?<![\p{L}\p{N}])(?:ذلك|ذاك|ذات|نفس|هذا|تلك)\s+$/u;
// "الاثنين" meaning "the two": بين الاثنين، كلا الاثنين، الاثنين معاً
const NOT_MONDAY_BEFORE = /(?<![\p{L}\p{N}])(?:بين|كلا|ان)\s+$/u;
const NOT_MONDAY_AFTER = /^\s+(?:معا|منهما)(?![\p{L}\p{N}])/u;

const RELATIVE_DAYS: [RegExp, number][] = [
	[/^(?:اول\s+(?:من\s+)?امس|امس\s+الاول)$/, -2],
	[/^بعد\s+غد$/, 2],
	[/^(?:(?:يوم\s+)?(?:ال)?امس|البارحه)$/, -1],
	[/^(?:غدا|(?:يوم\s+)?غد|الغد)$/, 1],
	[/^اليوم$/, 0]
];

const RULES: Rule[] = [
	{
		name: 'relative day (اليوم، أمس، غداً), with its weekday if named (اليوم السبت)',
		core: `(?<rel>اول\\s+(?:من\\s+)?امس|امس\\s+الاول|بعد\\s+غد|(?:يوم\\s+)?(?:ال)?امس|البارحه|غدا|(?:يوم\\s+)?غد|الغد|اليوم)(?:\\s*[،,]?\\s*(?<wd>${WEEKDAY_PATTERN}))?`,
		resolve: (g, { pub, folded, start, end }) => {
			const rel = (g.rel ?? '').replace(/\s+/g, ' ');
			if (rel === 'اليوم' && g.wd === undefined) {
				if (NOT_TODAY_BEFORE.test(folded.slice(Math.max(0, start - 20), start))) return undefined;
				if (NOT_TODAY_AFTER.test(folded.slice(end, end + 12))) return undefined;
			}
			const offset = RELATIVE_DAYS.find(([re]) => re.test(rel))?.[1];
			return offset === undefined ? undefined : date(pub.dayNumber + offset);
		}
	},
	{
		name: 'weekday, bare or with الماضي/المقبل/القادم',
		core: `(?:يوم\\s+)?(?<wd>${WEEKDAY_PATTERN})(?:\\s+(?<mod>${PAST}|${NEXT}))?`,
		resolve: (g, { pub, folded, start, end }) => {
			const wd = weekdayOf(g.wd ?? '');
			if (wd === undefined) return undefined;
			if (wd === 1 && g.mod === undefined && !/^يوم/.test(folded.slice(start, end))) {
				if (NOT_MONDAY_BEFORE.test(folded.slice(Math.max(0, start - 20), start))) return undefined;
				if (NOT_MONDAY_AFTER.test(folded.slice(end, end + 10))) return undefined;
			}
			return date(nearestWeekday(pub.dayNumber, wd, direction(g.mod) === 1 ? 1 : -1));
		}
	},
	{
		name: 'weekday of a relative week (الأربعاء من الأسبوع الماضي)',
		core: `(?:يوم\\s+)?(?<wd>${WEEKDAY_PATTERN})\\s+(?:من\\s+)?(?:(?:هذا\\s+)?الاسبوع(?:\\s+(?<mod>${PAST}|${NEXT}|${CURRENT}))?)`,
		resolve: (g, { pub, weekStartsOn, folded, start, end }) => {
			const wd = weekdayOf(g.wd ?? '');
			const core = folded.slice(start, end);
			if (wd === undefined || (g.mod === undefined && !/هذا\s+الاسبوع$/.test(core)))
				return undefined;
			const week = weekRange(pub, weekStartsOn, g.mod === undefined ? 0 : direction(g.mod));
			return date(week.start + ((wd - weekStartsOn + 7) % 7));
		}
	},
	{
		name: 'the Nth of a relative month (الـ 23 من الشهر الماضي، الثالث من الشهر الجاري)',
		singleDay: true,
		core: `${DAY}\\s+(?:من\\s+)?${RELATIVE_MONTH}`,
		resolve: (g, { pub }) => {
			const day = dayOfMonth(g);
			const { year, month } = shiftMonth(pub.year, pub.month, g.rel ? direction(g.rel) : 0);
			return day === null ? null : mapDay(calendarDay(year, month, day));
		}
	},
	{
		name: 'numeric date, year first (2022.12.03, 2022/12/03, 2022-12-03)',
		singleDay: true,
		core: '(?<y>\\d{4})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![./-]\\d)',
		resolve: (g) => mapDay(calendarDay(Number(g.y), Number(g.m), Number(g.d)))
	},
	{
		name: 'numeric date, day first (03/12/2022, 3.12.2022, 03-12-2022)',
		singleDay: true,
		core: '(?<d>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})',
		resolve: (g) => mapDay(calendarDay(Number(g.y), Number(g.m), Number(g.d)))
	},
	{
		name: 'day and month name, year if given (3 كانون الأول 2022، 20 تشرين الثاني الماضي)',
		singleDay: true,
		core: `${DAY}\\s+(?:من\\s+)?(?:شهر\\s+)?${MONTH}${YEAR_PART}?`,
		resolve: (g, { pub }) => {
			const month = namedMonth(g);
			const day = dayOfMonth(g);
			if (month === null || day === null) return null;
			return mapDay(dayWithYear(g, pub, month, day));
		}
	},
	{
		name: 'month and year (كانون الأول 2022، آذار من العام الماضي، آب الماضي)',
		core: `(?:شهر\\s+)?${MONTH}${YEAR_PART}`,
		resolve: (g, { pub }) => {
			const month = namedMonth(g);
			if (month === null) return null;
			let year = yearOf(g, pub);
			if (year === undefined) {
				const dir = direction(g.mod);
				year = pub.year;
				if (dir < 0 && month >= pub.month) year--;
				if (dir > 0 && month <= pub.month) year++;
			}
			return monthRange(year, month);
		}
	},
	{
		name: 'a named month (شهر آذار)',
		core: `شهر\\s+${MONTH}`,
		resolve: (g, { pub }) => {
			const month = namedMonth(g);
			return month === null ? null : monthRange(nearestYear(pub, month), month);
		}
	},
	{
		name: 'a year (عام 2014، سنة 2022)',
		core: `${YEAR_WORD}\\s+(?<y>\\d{4})`,
		resolve: (g) => {
			const y = Number(g.y);
			return range(dayNumber(y, 1, 1), dayNumber(y, 12, 31));
		}
	},
	{
		name: 'last/this/next week',
		core: `(?:هذا\\s+الاسبوع|الاسبوع\\s+(?<mod>${PAST}|${NEXT}|${CURRENT}))`,
		resolve: (g, { pub, weekStartsOn }) => {
			const week = weekRange(pub, weekStartsOn, g.mod === undefined ? 0 : direction(g.mod));
			return range(week.start, week.end);
		}
	},
	{
		name: 'last/this/next month',
		core: RELATIVE_MONTH,
		resolve: (g, { pub }) => {
			const { year, month } = shiftMonth(pub.year, pub.month, g.rel ? direction(g.rel) : 0);
			return monthRange(year, month);
		}
	},
	{
		name: 'last/this/next year',
		core: `(?:(?:هذا|هذه)\\s+(?:العام|السنه)|(?:العام|السنه)\\s+(?<mod>${PAST}|${NEXT}|${CURRENT}))`,
		resolve: (g, { pub }) => {
			const y = pub.year + (g.mod === undefined ? 0 : direction(g.mod));
			return range(dayNumber(y, 1, 1), dayNumber(y, 12, 31));
		}
	}
];

/** The year written (2022) or named relative to publication (العام الماضي); else undefined. */
function yearOf(g: Groups, pub: PublicationDay): number | undefined {
	if (g.y !== undefined) return Number(g.y);
	if (g.yrel !== undefined) return pub.year + (g.ymod === undefined ? 0 : direction(g.ymod));
	return undefined;
}

/**
 * The day `day` of `month` in the year the text gives, or that its modifier implies (الماضي: the
 * last such day before publication; المقبل: the first after), or else the nearest year.
 */
function dayWithYear(g: Groups, pub: PublicationDay, month: number, day: number): number | null {
	const year = yearOf(g, pub);
	if (year !== undefined) return calendarDay(year, month, day);
	if (g.mod === undefined) return calendarDay(nearestYear(pub, month), month, day);
	const dir = direction(g.mod);
	const thisYear = calendarDay(pub.year, month, day);
	if (dir === 0 || thisYear === null) return thisYear;
	if (dir < 0 && thisYear >= pub.dayNumber) return calendarDay(pub.year - 1, month, day);
	if (dir > 0 && thisYear <= pub.dayNumber) return calendarDay(pub.year + 1, month, day);
	return thisYear;
}

function mapDay(day: number | null): Value | null {
	return day === null ? null : date(day);
}

// A single day may also be led by its weekday ("الخميس 1 ديسمبر 2022"، "يوم الأربعاء الموافق 23
// من الشهر الماضي"، "السبت (3 ديسمبر)"): the date decides, the weekday is taken into the span.
const COMPILED = RULES.flatMap((rule) => {
	const cores = rule.singleDay
		? [
				rule.core,
				`${WEEKDAY_LEAD}(?:${rule.core})`,
				`(?:يوم\\s+)?(?:${WEEKDAY_PATTERN})\\s*\\(\\s*(?:${rule.core})\\s*\\)`
			]
		: [rule.core];
	return cores.map((core) => ({
		rule,
		// A word boundary, then at most an attached و/ف and ب, then the expression.
		pattern: new RegExp(`(?<![\\p{L}\\p{N}])[وف]?ب?(?<core>${core})(?![\\p{L}\\p{N}])`, 'gud')
	}));
});

interface Candidate {
	start: number;
	end: number;
	value: Value | null;
}

/**
 * Every date expression of `text`, resolved against the publication date-time `publishedIso`,
 * in text order. Never throws on the text; throws a RangeError if `publishedIso` is not a date.
 */
export function resolveDates(
	text: string,
	publishedIso: string,
	options: ResolveOptions = {}
): ResolvedDate[] {
	const pub = publicationDay(publishedIso);
	const weekStartsOn = options.weekStartsOn ?? 6;
	const folded = foldForDates(text);
	const candidates: Candidate[] = [];
	for (const { rule, pattern } of COMPILED) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(folded.text); m; m = pattern.exec(folded.text)) {
			const [start, end] = m.indices!.groups!.core!;
			const value = rule.resolve(m.groups ?? {}, {
				pub,
				weekStartsOn,
				folded: folded.text,
				start,
				end
			});
			if (value !== undefined)
				candidates.push({ ...originalSpan(text, folded, start, end), value });
			// Let the next match start inside this one: "الخميس" in "يوم الخميس" is tried again.
			pattern.lastIndex = m.index + 1;
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const kept: Candidate[] = [];
	for (const c of candidates) {
		if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
	}
	return kept
		.filter((c): c is Candidate & { value: Value } => c.value !== null)
		.sort((a, b) => a.start - b.start)
		.map((c) => ({
			start: c.start,
			end: c.end,
			quote: text.slice(c.start, c.end),
			value: c.value.value,
			kind: c.value.kind
		}));
}
