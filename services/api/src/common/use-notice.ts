/**
 * R52 (004 §25): information obtained through the platform is used for this work only. Every bulk
 * export of personal or enterprise data carries these words (sheet-writer.ts `notice`) and is audited.
 */
export const USE_NOTICE = '仅限双随机抽查工作使用，不得用于其他用途';
