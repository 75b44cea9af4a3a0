package jp.tradecert.application;

/** 記載商品の主な品目: the main category of the goods on the certificate. */
public enum ItemCategory {
    /** 一般機械 */
    GENERAL_MACHINERY,
    /** 電気機器 */
    ELECTRICAL,
    /** 輸送用機械 */
    TRANSPORT,
    /** 精密機器 */
    PRECISION,
    /** 金属・金属製品 */
    METALS,
    /** 化学製品 */
    CHEMICALS,
    /** 紡績・繊維製品 */
    TEXTILES,
    /** 食料品 */
    FOOD,
    /** 雑貨 */
    SUNDRIES,
    /** その他 */
    OTHER
}
