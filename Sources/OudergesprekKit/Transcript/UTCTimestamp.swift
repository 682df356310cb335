import Foundation

/// A moment as UTC calendar text, worked out by arithmetic on the Gregorian calendar.
///
/// Foundation's date formatters and its ISO 8601 date strategy load ICU's locale and time-zone data (about 4 MB
/// resident) to print a UTC time; a session writes its transcript at every turn, so it uses this instead.
/// The text is the same: `2026-12-02T19:51:51Z` and `20261202-195151`, seconds rounded down.
enum UTCTimestamp {
  /// `2026-12-02T19:51:51Z`, as `JSONEncoder`'s `.iso8601` strategy writes it.
  static func iso8601(_ date: Date) -> String {
    let p = parts(of: date)
    return "\(pad(p.year, 4))-\(pad(p.month))-\(pad(p.day))T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))Z"
  }

  /// `20261202-195151`: the start of a session file's name.
  static func fileStamp(_ date: Date) -> String {
    let p = parts(of: date)
    return "\(pad(p.year, 4))\(pad(p.month))\(pad(p.day))-\(pad(p.hour))\(pad(p.minute))\(pad(p.second))"
  }

  /// The UTC calendar date and time of `date`, to the second (rounded down).
  static func parts(of date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let (days, secondOfDay) = floorDivision(seconds, 86_400)
    // Days since 1970-01-01 to a civil date (Howard Hinnant's `civil_from_days`).
    let shifted = days + 719_468
    let era = floorDivision(shifted, 146_097).quotient
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
  }

  private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
    let remainder = (value % divisor + divisor) % divisor
    return ((value - remainder) / divisor, remainder)
  }

  private static func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
