import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Transcripten opslaan")
struct TranscriptStoreTests {
  @Test("de datamap: OUDERGESPREK_HOME, dan XDG_DATA_HOME, dan ~/.local/share")
  func dataDirectory() {
    #expect(TranscriptStore.dataDirectory(environment: ["OUDERGESPREK_HOME": "/a", "XDG_DATA_HOME": "/b"]) == "/a")
    #expect(TranscriptStore.dataDirectory(environment: ["XDG_DATA_HOME": "/b"]) == "/b/oudergesprek")
    #expect(TranscriptStore.dataDirectory(environment: ["HOME": "/h"]) == "/h/.local/share/oudergesprek")
  }

  @Test("schrijven en teruglezen; een tweede sessie overschrijft de eerste nooit")
  func roundTrip() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("og-\(UUID().uuidString)").path
    let store = TranscriptStore(directory: folder)
    var transcript = Transcript(
      scenario: try Fixtures.minimalScenario(), seed: 4, startedAt: Date(timeIntervalSince1970: 0))
    transcript.turns.append(
      TranscriptTurn(
        speaker: .docent, text: "Ik hoor u.", markers: [.gevoelsreflectie],
        emotion: .init(state: "a", name: "b", intensity: 3)))
    let first = store.newPath(for: transcript)
    try store.write(transcript, to: first)
    let second = store.newPath(for: transcript)
    #expect(first != second)
    let data = try #require(FileManager.default.contents(atPath: first))
    #expect(try Transcript.decode(data) == transcript)
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"speaker\" : \"docent\""))
    #expect(json.contains("\"markers\" : [\n        \"gevoelsreflectie\""))
  }
}
