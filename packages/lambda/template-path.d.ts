/** Absolute path of this package's SAM template (the local API reads it). */
export declare const templatePath: string;
/** Absolute path of the directory that holds one built bundle per function. */
export declare const distPath: string;
