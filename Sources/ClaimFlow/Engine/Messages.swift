/// Where every sentence comes from (issue 10: words apart from rules). Rules return values; each
/// feature has one catalog, a protocol whose methods word those values. The program speaks
/// Japanese: a second language is a second conformance of each catalog, chosen here.
public enum Messages {
    public static let calendar: any CalendarMessages = JapaneseCalendarMessages()
    public static let monthly: any MonthlyMessages = JapaneseMonthlyMessages()
    public static let changes: any ChangeMessages = JapaneseChangeMessages()
    public static let identifiers: any IdentifierMessages = JapaneseIdentifierMessages()
    public static let entry: any EntryMessages = JapaneseEntryMessages()
    public static let assets: any AssetMessages = JapaneseAssetMessages()
    public static let reducer: any ReducerMessages = JapaneseReducerMessages()
    public static let applicability: any ApplicabilityMessages = JapaneseApplicabilityMessages()
    public static let certificates: any CertificateMessages = JapaneseCertificateMessages()
}
