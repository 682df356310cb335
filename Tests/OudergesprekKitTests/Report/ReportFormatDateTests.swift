import Foundation
import Testing

@testable import OudergesprekKit

/// The report's date: in a given time zone, or in the local time without loading ICU.
@Suite("De datum in het verslag")
struct ReportFormatDateTests {
  @Test("zonder tijdzone dezelfde datum als met de huidige tijdzone van Foundation", arguments: 0..<24)
  func localTimeAgreesWithFoundation(hour: Int) {
    let date = Date(timeIntervalSince1970: 1_796_239_911 + Double(hour) * 3600 + 0.5)
    #expect(ReportFormat.date(date) == ReportFormat.date(date, timeZone: .current))
  }

  @Test("met een tijdzone: de dag daar, ook als het in UTC nog de vorige dag is")
  func explicitZone() throws {
    let date = Date(timeIntervalSince1970: 1_796_256_000 - 1800)  // 2026-12-02 23:30 UTC
    #expect(ReportFormat.date(date, timeZone: .gmt) == "2 december 2026")
    #expect(
      ReportFormat.date(date, timeZone: try #require(TimeZone(identifier: "Europe/Amsterdam"))) == "3 december 2026")
  }
}
