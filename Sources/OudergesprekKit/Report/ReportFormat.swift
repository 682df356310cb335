import Foundation

/// Small Dutch formatting helpers for reports: percentages, dates, quotes.
public enum ReportFormat {
  /// `45%`.
  public static func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded()))%"
  }

  /// `29 november 2026`, in the Dutch calendar words; in `timeZone`, or without one in the system's local time.
  ///
  /// The local time comes from the C library (`localtime_r`, which reads `TZ` and the zone files as Foundation
  /// does): `TimeZone.current` would load ICU's time-zone data, a few MB, at the end of every session.
  public static func date(_ date: Date, timeZone: TimeZone? = nil) -> String {
    guard let timeZone else {
      var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
      var local = tm()
      guard localtime_r(&seconds, &local) != nil else { return Self.date(date, timeZone: .gmt) }
      return "\(local.tm_mday) \(months[Int(local.tm_mon)]) \(Int(local.tm_year) + 1900)"
    }
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
