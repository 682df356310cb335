import Foundation
import OudergesprekKit
import Testing

@Suite("Transcripten van samen oefenen")  // Old transcripts: see SessionReportTests.oldTranscriptDecodes.
struct TogetherTranscriptTests {
  @Test("rollen, bron van elke regel en beide beoordelingen blijven bewaard")
  func togetherRoundTrip() throws {
    var session = TogetherFixtures.session()
    // The colleague's /stop ends the exercise at once; then the scores and a comment.
    for line in ["", "Hoe ziet u dat?", "Ik weet het niet.", "Tja.", "/stop", "4", "3", "", "2", "3", "Goed"] {
      _ = session.handle(line)
    }
    let data = try session.transcript.encoded()
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"mode\" : \"samen\""))
    #expect(json.contains("\"source\" : \"voorgesteld\""))
    #expect(json.contains("\"source\" : \"collega\""))
    #expect(session.transcript.review?.comment == "Goed")
    #expect(try Transcript.decode(data) == session.transcript)
  }
}
