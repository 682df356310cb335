import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Een transcript teruglezen als onbetrouwbare invoer")
struct TranscriptReaderTests {
  private func read(_ name: String) -> Result<Transcript, TranscriptReader.Failure> {
    TranscriptReader.read(file: Fixtures.path("gesprekken/" + name))
  }

  @Test("een geldig gesprek leest terug")
  func valid() throws {
    let transcript = try read("geldig.json").get()
    #expect(transcript.scenario == "bezorgde-moeder-cijfers")
    #expect(transcript.outcome != nil)
  }

  @Test(
    "scores en intensiteiten buiten hun schaal geven een fout met het veld, geen crash",
    arguments: [
      ("zelfbeoordeling-min-int.json", "selfAssessment.scores[0].score"),
      ("collega-min-int.json", "review.rows[0].colleague"),
      ("zelfbeoordeling-buiten-schaal.json", "selfAssessment.scores[0].score"),
      ("intensiteit-buiten-schaal.json", "turns[0].emotion.intensity"),
    ])
  func outOfRange(name: String, field: String) {
    guard case .failure(let failure) = read(name) else {
      Issue.record("\(name) werd gelezen")
      return
    }
    #expect(failure.kind == .badField)
    #expect(failure.message.contains(field), "\(failure.message)")
  }

  @Test("ongeldige JSON en geldige JSON met een fout veld zijn twee verschillende meldingen")
  func syntaxVersusField() {
    guard case .failure(let syntax) = read("geen-json.json"), case .failure(let field) = read("verkeerd-veld.json")
    else {
      Issue.record("gelezen")
      return
    }
    #expect(syntax.kind == .notJSON)
    #expect(syntax.message.contains("regel 3"), "\(syntax.message)")
    #expect(field.kind == .badField)
    #expect(field.message.contains("'seed'"), "\(field.message)")
    #expect(!field.message.contains("JSON"))
  }

  @Test("stuurtekens en richtingstekens uit elk veld worden onschadelijk gemaakt")
  func neutralised() throws {
    let transcript = try read("stuurtekens.json").get()
    let data = try JSONEncoder().encode(transcript)
    // Everything read back, as one text: no ESC, BEL, C1 or bidirectional override is left anywhere.
    let all = String(decoding: data, as: UTF8.self)
    let texts =
      [transcript.scenarioTitle, transcript.turns[0].text] + (transcript.ending?.criteria.map(\.id) ?? [])
      + (transcript.review?.rows.compactMap(\.analyserExplanation) ?? [])
    for text in texts {
      #expect(
        !text.unicodeScalars.contains {
          $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        }, "\(text.debugDescription)")
    }
    #expect(transcript.turns[0].text.contains("rood") && transcript.turns[0].text.contains("esrever"))
    #expect(!all.contains("\\u001b") && !all.contains("\\u0007"))
  }

  @Test("een transcript boven de grens wordt niet gelezen; een map of apparaat ook niet")
  func sizeAndKind() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("og-groot-\(UUID().uuidString).json").path
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(TranscriptReader.maximumFileSize + 1))
    try handle.close()
    defer { unlink(path) }
    guard case .failure(let large) = TranscriptReader.read(file: path) else {
      Issue.record("te groot bestand gelezen")
      return
    }
    #expect(large.kind == .unusable)
    guard case .failure(let device) = TranscriptReader.read(file: "/dev/zero") else {
      Issue.record("/dev/zero gelezen")
      return
    }
    #expect(device.kind == .unusable)
    guard case .failure(let missing) = TranscriptReader.read(file: "/bestaat/niet.json") else {
      Issue.record("gelezen")
      return
    }
    #expect(missing.kind == .noInput)
  }
}
