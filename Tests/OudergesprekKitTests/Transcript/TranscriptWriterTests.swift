import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Transcript bijhouden zonder het hele bestand steeds opnieuw te schrijven")
struct TranscriptWriterTests {
  private func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("og-writer-\(UUID().uuidString)").path
  }

  private func turn(_ text: String, _ speaker: TranscriptTurn.Speaker = .docent) -> TranscriptTurn {
    TranscriptTurn(
      speaker: speaker, text: text, markers: speaker == .docent ? [.parafrase] : nil,
      emotion: .init(state: "a", name: "boos", intensity: text.count % 11))
  }

  @Test("na elke stap staat in het bestand precies het hele transcript, ook na /opnieuw en aan het eind")
  func incrementalEqualsWhole() throws {
    let writer = TranscriptWriter(store: TranscriptStore(directory: folder()))
    var transcript = Transcript(
      scenario: try Fixtures.minimalScenario(), seed: 9, startedAt: Date(timeIntervalSince1970: 0))
    var path = try writer.save(transcript)
    for step in 0..<60 {
      transcript.turns.append(turn("Antwoord \(step) met é en \u{85}verborgen\u{202E}", .docent))
      transcript.turns.append(turn("Ouder \(step)", .ouder))
      if step % 7 == 3 {
        for index in (transcript.turns.count - 2)..<transcript.turns.count { transcript.turns[index].withdrawn = true }
      }
      if step == 30 { transcript.preparation = Preparation() }
      path = try writer.save(transcript)
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(data == (try transcript.encoded()), "stap \(step)")
      #expect(try Transcript.decode(data) == transcript)
    }
    transcript.outcome = .gestopt
    transcript.endedAt = Date(timeIntervalSince1970: 60)
    try writer.save(transcript)
    #expect(try Transcript.decode(Data(contentsOf: URL(fileURLWithPath: path))) == transcript)
  }

  @Test("C1-stuurtekens, DEL en richtingstekens staan als \\u-escape in het bestand, niet rauw")
  func invisibleCharactersEscaped() throws {
    var transcript = Transcript(
      scenario: try Fixtures.minimalScenario(), seed: 1, startedAt: Date(timeIntervalSince1970: 0))
    transcript.turns.append(turn("a\u{9B}31m b\u{7F} c\u{202E}d\u{2066}e"))
    let data = try transcript.encoded()
    let text = String(decoding: data, as: UTF8.self)
    #expect(
      !text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x2066 })
    #expect(
      text.contains("\\u009b") && text.contains("\\u007f") && text.contains("\\u202e") && text.contains("\\u2066"))
    #expect(try Transcript.decode(data) == transcript)
  }
}
