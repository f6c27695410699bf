/** One problem found in a data file: which file, which record in it, which field, and what was expected. */
export interface DataIssue {
	file: string;
	record: string;
	field: string;
	message: string;
}

export function formatIssue(i: DataIssue): string {
	return `${i.file}: ${i.record}: ${i.field}: ${i.message}`;
}

/**
 * Thrown by the data boundary when any file is broken. Its message lists every issue, one a line,
 * each naming the file, the record and the field, so a failed build says exactly what to fix.
 */
export class DataValidationError extends Error {
	readonly issues: readonly DataIssue[];
	constructor(issues: readonly DataIssue[]) {
		super(
			`${issues.length} problem${issues.length === 1 ? '' : 's'} in the data:\n` +
				issues.map((i) => '  ' + formatIssue(i)).join('\n')
		);
		this.name = 'DataValidationError';
		this.issues = issues;
	}
}
