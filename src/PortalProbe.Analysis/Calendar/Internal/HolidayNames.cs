namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>
/// The seven festivals of the 全国年节及纪念日放假办法 that give everyone a day off. A period the announcement
/// names after two of them (中秋节、国庆节) joins the names with '、'.
/// </summary>
internal static class HolidayNames
{
    public static readonly IReadOnlyList<string> Known = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    public static bool IsKnown(string name) =>
        name.Length > 0 && name.Split('、').All(part => Known.Contains(part));
}
