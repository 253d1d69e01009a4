import SwiftLiteCore
import SwiftLiteKernels
import SwiftLiteSchema

/// Control flow (WHILE, IF, CALL_ONCE) and resource variables.
enum ControlFlowRegistrations {
    static var all: [OpRegistration] {
        [
            OpRegistration(.while, 1...1, pure: false) { options throws(SwiftLiteError) in
                guard case .whileOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "WHILE without WhileOptions")
                }
                return WhileKernel(condition: Int(o.condSubgraphIndex), body: Int(o.bodySubgraphIndex))
            },
            OpRegistration(.if, 1...1, pure: false) { options throws(SwiftLiteError) in
                guard case .ifOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "IF without IfOptions")
                }
                return IfKernel(then: Int(o.thenSubgraphIndex), else: Int(o.elseSubgraphIndex))
            },
            OpRegistration(.callOnce, 1...1, pure: false) { options throws(SwiftLiteError) in
                guard case .callOnceOptions(let o) = options.builtin else {
                    throw SwiftLiteError(.invalidModel, "CALL_ONCE without CallOnceOptions")
                }
                return CallOnceKernel(initIndex: Int(o.initSubgraphIndex))
            },
            OpRegistration(.varHandle, 1...1) { options in
                guard case .varHandleOptions(let o) = options.builtin else {
                    return VarHandleKernel(container: "", sharedName: "")
                }
                return VarHandleKernel(container: o.container ?? "", sharedName: o.sharedName ?? "")
            },
            OpRegistration(.readVariable, 1...1, pure: false) { _ in ReadVariableKernel() },
            OpRegistration(.assignVariable, 1...1, pure: false) { _ in AssignVariableKernel() },
        ]
    }
}
