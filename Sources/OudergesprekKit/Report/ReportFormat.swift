import Foundation

/// Small Dutch formatting helpers for reports: percentages, dates, quotes.
public enum ReportFormat {
  /// `45%`.
  public static func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded()))%"
  }

  /// `29 november 2026`, in the Dutch calendar words.
  public static func date(_ date: Date, timeZone: TimeZone = .current) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.day, .month, .year], from: date)
    return "\(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 2000)"
  }

  private static let months = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december",
  ]

  /// Text from a transcript, safe for the terminal and for one Markdown line, between Dutch quotes.
  public static func quote(_ text: String) -> String {
    "“" + TerminalText.neutralize(text) + "”"
  }
}
