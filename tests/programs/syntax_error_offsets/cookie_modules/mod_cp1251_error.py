# coding: cp1251
x = "ϳ" + 0xz
