# coding: ascii
x = "ÿ"
