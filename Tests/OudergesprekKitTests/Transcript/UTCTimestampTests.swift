import Foundation
import Testing

@testable import OudergesprekKit

/// The transcript's dates without ICU: the same text as Foundation's ISO 8601 formatter.
@Suite("Tijdstempels in UTC zonder ICU")
struct UTCTimestampTests {
  @Test(
    "bekende momenten, ook een schrikkeldag, het jaar 2100 en voor 1970",
    arguments: [
      (0.0, "1970-01-01T00:00:00Z", "19700101-000000"), (951_825_600.9, "2000-02-29T12:00:00Z", "20000229-120000"),
      (-1.0, "1969-12-31T23:59:59Z", "19691231-235959"), (4_107_542_399.0, "2100-02-28T23:59:59Z", "21000228-235959"),
      (1_796_239_911.0, "2026-12-02T19:31:51Z", "20261202-193151"),
    ])
  func knownMoments(seconds: Double, iso: String, stamp: String) {
    let date = Date(timeIntervalSince1970: seconds)
    #expect(UTCTimestamp.iso8601(date) == iso)
    #expect(UTCTimestamp.fileStamp(date) == stamp)
  }

  @Test("gelijk aan ISO8601DateFormatter over tachtig jaar, in stappen van ruim negen dagen")
  func agreesWithFoundation() {
    let formatter = ISO8601DateFormatter()
    var seconds = -1_000_000_000.0
    var compared = 0
    while seconds < 1_600_000_000 {
      let date = Date(timeIntervalSince1970: seconds)
      #expect(UTCTimestamp.iso8601(date) == formatter.string(from: date), "\(seconds)")
      seconds += 800_017.5
      compared += 1
    }
    #expect(compared > 3000)
  }
}
