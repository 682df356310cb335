import Foundation
import OudergesprekKit
import Testing

@Suite("JSON-regel van een analyse")
struct ReplyAnalysisJSONTests {
  @Test("De JSON-regel is geldige JSON met text, markers en iMessageParts, ook met aanhalingstekens en tabs")
  func validJSON() throws {
    let analysis = DutchReplyAnalyzer().analyze("Ik maak me \"echt\" zorgen\tals Daan\\ te laat komt.")
    let line = analysis.jsonLine
    #expect(!line.contains("\n"))
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    #expect(object?["text"] as? String == analysis.text)
    #expect(object?["markers"] as? [String] == analysis.markers.map(\.rawValue))
    #expect(object?["iMessageParts"] as? [String] == ["gedrag", "gevoel"])
    #expect((object?["evidence"] as? [Any])?.count == analysis.evidence.count)
  }
}
