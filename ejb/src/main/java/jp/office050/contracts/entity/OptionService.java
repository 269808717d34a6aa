package jp.office050.contracts.entity;

/** The option services a line can subscribe to (オプションサービス). */
public enum OptionService {
    /** 転送・留守番: call forwarding and voicemail. */
    FORWARDING,
    /** クリックダイヤル: click dial. */
    CLICK_DIAL,
    /** 番号非通知拒否: anonymous call rejection. */
    ANONYMOUS_REJECTION
}
