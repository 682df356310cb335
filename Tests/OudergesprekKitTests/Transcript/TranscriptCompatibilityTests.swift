import Foundation
import OudergesprekKit
import Testing

@Suite("Transcripten van samen oefenen")
struct TranscriptCompatibilityTests {
  @Test("een transcript van vóór samen oefenen (zonder roles, review en source) is nog te lezen")
  func oldTranscriptDecodes() throws {
    let old = """
      {"version": 1, "scenario": "x", "scenarioTitle": "X", "seed": 1, "mode": "oefenen",
       "startedAt": "2026-01-01T10:00:00Z",
       "turns": [{"speaker": "ouder", "text": "Hallo.", "emotion": {"state": "a", "name": "a", "intensity": 5}}]}
      """
    let transcript = try Transcript.decode(Data(old.utf8))
    #expect(transcript.roles == nil)
    #expect(transcript.review == nil)
    #expect(transcript.turns.first?.source == nil)
  }

  @Test("rollen, bron van elke regel en beide beoordelingen blijven bewaard")
  func togetherRoundTrip() throws {
    var session = TogetherFixtures.session()
    // The colleague's /stop ends the exercise at once; then the scores and a comment.
    for line in ["", "Hoe ziet u dat?", "Ik weet het niet.", "/stop", "4", "3", "", "2", "Goed"] {
      _ = session.handle(line)
    }
    let data = try session.transcript.encoded()
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"mode\" : \"samen\""))
    #expect(json.contains("\"source\" : \"voorgesteld\""))
    #expect(json.contains("\"source\" : \"collega\""))
    #expect(try Transcript.decode(data) == session.transcript)
  }
}
