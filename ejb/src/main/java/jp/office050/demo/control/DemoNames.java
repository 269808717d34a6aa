package jp.office050.demo.control;

/** Plausible Japanese names for demo lines, the same for the same index on every start. */
final class DemoNames {

    private static final String[] FAMILY = {
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林",
        "斎藤", "清水"
    };
    private static final String[] GIVEN = {
        "太郎", "花子", "一郎", "陽子", "健", "美咲", "翔", "さくら", "大輔", "由美", "誠", "愛", "拓也", "恵", "直樹", "彩", "亮", "真由美", "剛", "舞",
        "隆", "優子", "修", "智子", "学"
    };

    private DemoNames() {}

    static String name(int index) {
        return FAMILY[index % FAMILY.length] + " " + GIVEN[(index / FAMILY.length) % GIVEN.length];
    }
}
