package jp.office050.lines.entity;

public enum LineKind {
    /** 050ダイヤルイン追加番号: managed by the admin portal. */
    ORDINARY,
    /** 050複数番号: exists, but the admin portal neither lists nor acts on it. */
    MULTIPLE_NUMBER
}
