# inspect on method descriptors, slot wrappers and method-wrappers.
import inspect, types
sig = inspect.signature(object.__init__.__get__)
print(list(sig.parameters), sig.parameters["owner"].default)
print(inspect.signature(str.join), inspect.signature(object().__str__))
print(inspect.ismethoddescriptor(str.join), inspect.isbuiltin(str.join), inspect.isroutine(object.__init__))
print(isinstance(object.__lt__, types.WrapperDescriptorType), isinstance((42).__lt__, types.MethodWrapperType))
