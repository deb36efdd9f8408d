import Foundation

/// JSON-RPC 2.0 as the Language Server Protocol uses it: the few message shapes, written
/// with Codable. No other part of the server sees JSON text.
package enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case string(String)

    package init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if let n = try? value.decode(Int.self) { self = .number(n); return }
        self = .string(try value.decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var value = encoder.singleValueContainer()
        switch self {
        case .number(let n): try value.encode(n)
        case .string(let s): try value.encode(s)
        }
    }
}

/// What every incoming message is read as first: its id and method, whatever its params.
struct Envelope: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    var method: String?
    /// Set on a response to a request the server sent (`client/registerCapability`).
    var isResponse: Bool

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, result, error }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jsonrpc = try? c.decodeIfPresent(String.self, forKey: .jsonrpc)
        method = try? c.decodeIfPresent(String.self, forKey: .method)
        id = try? c.decodeIfPresent(RequestID.self, forKey: .id)
        isResponse = c.contains(.result) || c.contains(.error)
    }
}

/// A message's params, read as the method's own type once the method is known.
struct Params<P: Decodable>: Decodable {
    var params: P
}

/// An error answer, with the codes JSON-RPC and the protocol define.
package struct ResponseError: Error, Codable, Equatable, Sendable {
    package var code: Int
    package var message: String

    package init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    package static let parseError = -32700
    package static let invalidRequest = -32600
    package static let methodNotFound = -32601
    package static let invalidParams = -32602
    package static let internalError = -32603
    package static let serverNotInitialized = -32002
    package static let requestFailed = -32803
}

/// An answer to a request: its result (JSON `null` when there is none) or its error.
struct Response<Result: Encodable>: Encodable {
    var id: RequestID?
    var result: Result?
    var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("2.0", forKey: .jsonrpc)
        if let id { try c.encode(id, forKey: .id) } else { try c.encodeNil(forKey: .id) }
        if let error {
            try c.encode(error, forKey: .error)
        } else if let result {
            try c.encode(result, forKey: .result)
        } else {
            try c.encodeNil(forKey: .result)
        }
    }
}

/// A notification or a request from the server to the client.
struct Outgoing<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID?
    var method: String
    var params: P
}

/// `null` where a method has nothing to answer.
struct NoResult: Encodable {
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encodeNil()
    }
}
